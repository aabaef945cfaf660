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


class KeypairDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_attach_keypair_0(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'build', 'count': 11}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('metadata', keypair)

    def test_rebuild_keypair_1(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertIsNone(keypair.get('fault'))
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa

    def test_rebuild_keypair_2(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        # The keypair must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('BUILD', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        keypair['metadata'] = {'key': 'shutoff', 'count': 86}
        self.assertIn('metadata', keypair)
        self.assertIn('metadata', keypair)
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('MIGRATING', keypair['status'])
        # The keypair must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa

    def test_shelve_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertIsNotNone(keypair['id'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIsNotNone(keypair['id'])
        keypair['metadata'] = {'key': 'build', 'count': 8}
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIsNone(keypair.get('fault'))
        self.assertIsNotNone(keypair['id'])

    def test_delete_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertIn('ACTIVE', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertIsInstance(keypair, dict)
        self.assertIsInstance(keypair, dict)
        self.assertIsInstance(keypair, dict)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 16}

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_shelve_keypair_0(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertGreater(len(self.keypairs), 0)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertIsNone(keypair.get('fault'))

    def test_rebuild_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertGreater(len(self.keypairs), 0)
        self.assertIsNotNone(keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertIsInstance(keypair, dict)

    def test_lock_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertIsInstance(keypair, dict)
        self.assertIsInstance(keypair, dict)
        self.assertEqual('MIGRATING', keypair['status'])
        keypair['metadata'] = {'key': 'migrating', 'count': 79}

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
