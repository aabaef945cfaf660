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


class KeypairCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_live_migrate_keypair_0(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('BUILD', keypair['status'])
        keypair['metadata'] = {'key': 'migrating', 'count': 60}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_rescue_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('ERROR', keypair['status'])
        keypair['metadata'] = {'key': 'error', 'count': 61}
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('MIGRATING', keypair['status'])
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsNone(keypair.get('fault'))

    def test_attach_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('BUILD', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('MIGRATING', keypair['status'])
        keypair['metadata'] = {'key': 'error', 'count': 63}
        self.assertIsNotNone(keypair['id'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_delete_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsNone(keypair.get('fault'))
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNotNone(keypair['id'])
        self.assertIsInstance(keypair, dict)

    def test_lock_keypair_1(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('ERROR', keypair['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def test_resize_keypair_2(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNone(keypair.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('ERROR', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_delete_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertIsNone(keypair.get('fault'))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertIsInstance(keypair, dict)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_evacuate_keypair_4(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        keypair['metadata'] = {'key': 'active', 'count': 58}
        self.assertEqual('BUILD', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def test_lock_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.assertIsInstance(keypair, dict)
        self.assertIsInstance(keypair, dict)
        self.assertEqual('BUILD', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
