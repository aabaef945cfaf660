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
        self.assertEqual('BUILD', keypair['status'])
        keypair['metadata'] = {'key': 'build', 'count': 70}
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNotNone(keypair['id'])
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')

    def test_lock_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_attach_keypair_2(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsNotNone(keypair['id'])

    def test_live_migrate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('metadata', keypair)
        self.assertIsNone(keypair.get('fault'))
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_evacuate_keypair_0(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsInstance(keypair, dict)
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNotNone(keypair['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_rescue_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertIsInstance(keypair, dict)
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertIsInstance(keypair, dict)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')

    def test_evacuate_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'active', 'count': 40}
        self.assertIsInstance(keypair, dict)
        self.assertIsNotNone(keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
