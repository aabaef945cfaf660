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
        keypair = self._create_keypair(name='keypair-0')
        self.assertGreater(len(self.keypairs), 0)
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_resize_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('BUILD', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)

    def test_create_keypair_2(self):
        # create a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)

    def test_live_migrate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual('ERROR', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.assertIsNotNone(keypair['id'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rescue_keypair_0(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        keypair['metadata'] = {'key': 'shutoff', 'count': 39}
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNone(keypair.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIsNone(keypair.get('fault'))

    def test_evacuate_keypair_1(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertIn('metadata', keypair)
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNotNone(keypair['id'])

    def test_rescue_keypair_2(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_evacuate_keypair_3(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertIsInstance(keypair, dict)
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_lock_keypair_4(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertIsInstance(keypair, dict)
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertEqual('ERROR', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertGreater(len(self.keypairs), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])

    def test_live_migrate_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.assertIsInstance(keypair, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
