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

    def test_delete_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_lock_keypair_1(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        keypair['metadata'] = {'key': 'verify_resize', 'count': 94}
        keypair['metadata'] = {'key': 'build', 'count': 80}
        self.assertIsNotNone(keypair['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('BUILD', keypair['status'])
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_delete_keypair_2(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        keypair['metadata'] = {'key': 'error', 'count': 67}
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertIsInstance(keypair, dict)
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertEqual('MIGRATING', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_shelve_keypair_0(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertEqual('BUILD', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa

    def test_live_migrate_keypair_1(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        keypair['metadata'] = {'key': 'active', 'count': 81}
        keypair['metadata'] = {'key': 'shutoff', 'count': 4}

    def test_create_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        keypair['metadata'] = {'key': 'build', 'count': 92}
        self.assertIsNotNone(keypair['id'])
        self.assertIsNotNone(keypair['id'])
        keypair['metadata'] = {'key': 'error', 'count': 38}

    def test_lock_keypair_3(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.keypairs), 0)
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('BUILD', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
