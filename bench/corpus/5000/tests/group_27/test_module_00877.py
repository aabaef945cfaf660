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


class KeypairRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_lock_keypair_0(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsInstance(keypair, dict)

    def test_evacuate_keypair_1(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)

    def test_create_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))

    def test_delete_keypair_3(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertIsInstance(keypair, dict)
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertIsInstance(keypair, dict)
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa

    def test_evacuate_keypair_4(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        keypair['metadata'] = {'key': 'build', 'count': 15}
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertIsInstance(keypair, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIsNotNone(keypair['id'])
        keypair['metadata'] = {'key': 'active', 'count': 1}
        keypair['metadata'] = {'key': 'error', 'count': 91}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_resize_keypair_5(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertEqual('SHUTOFF', keypair['status'])
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual('ERROR', keypair['status'])
        self.assertGreater(len(self.keypairs), 0)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_evacuate_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNone(keypair.get('fault'))
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsInstance(keypair, dict)
        self.assertGreater(len(self.keypairs), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertIsInstance(keypair, dict)

    def test_rescue_keypair_1(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsInstance(keypair, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNone(keypair.get('fault'))
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsInstance(keypair, dict)
        self.assertEqual('SHUTOFF', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_resize_keypair_2(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertIsNotNone(keypair['id'])
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNotNone(keypair['id'])
        keypair['metadata'] = {'key': 'error', 'count': 4}
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)

    def test_live_migrate_keypair_3(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertGreater(len(self.keypairs), 0)
        # The keypair must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
