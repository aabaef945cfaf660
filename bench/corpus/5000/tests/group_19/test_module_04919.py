# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the keypair API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class KeypairLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_live_migrate_keypair_0(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'shutoff', 'count': 11}
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_live_migrate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('ERROR', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', keypair['status'])

    def test_evacuate_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertIsNone(keypair.get('fault'))

    def test_evacuate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('BUILD', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('SHUTOFF', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa

    def test_rescue_keypair_4(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertIsNone(keypair.get('fault'))
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertIsNone(keypair.get('fault'))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'migrating', 'count': 14}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('BUILD', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_shelve_keypair_0(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'shutoff', 'count': 96}
        self.assertIsNotNone(keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')

    def test_evacuate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('MIGRATING', keypair['status'])

    def test_shelve_keypair_2(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('MIGRATING', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', keypair['status'])

    def test_shelve_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsNotNone(keypair['id'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
