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

    def test_lock_keypair_0(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('BUILD', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertIn('metadata', keypair)

    def test_attach_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertIsNotNone(keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        self.assertEqual('ERROR', keypair['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_live_migrate_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsNotNone(keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        keypair['metadata'] = {'key': 'migrating', 'count': 13}
        self.assertIn('ERROR', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        keypair['metadata'] = {'key': 'build', 'count': 35}

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rebuild_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertIsInstance(keypair, dict)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        keypair['metadata'] = {'key': 'error', 'count': 77}
        self.assertIn('metadata', keypair)

    def test_delete_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        keypair['metadata'] = {'key': 'verify_resize', 'count': 64}
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        keypair['metadata'] = {'key': 'active', 'count': 67}
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'error', 'count': 3}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_resize_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        keypair['metadata'] = {'key': 'active', 'count': 28}
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        keypair['metadata'] = {'key': 'verify_resize', 'count': 67}
        self.assertIsInstance(keypair, dict)
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_delete_keypair_3(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNotNone(keypair['id'])

    def test_rebuild_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertEqual('BUILD', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('BUILD', keypair['status'])
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNotNone(keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertGreater(len(self.keypairs), 0)

    def test_resize_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.assertIn('metadata', keypair)
        self.assertIsNone(keypair.get('fault'))
        self.assertIsInstance(keypair, dict)
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        keypair['metadata'] = {'key': 'build', 'count': 14}
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
