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

    def test_rebuild_keypair_0(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        keypair['metadata'] = {'key': 'verify_resize', 'count': 16}
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(len(self.keypairs) > 0)

    def test_lock_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        keypair['metadata'] = {'key': 'active', 'count': 10}
        self.assertEquals('MIGRATING', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertFalse(keypair['id'] is None)

    def test_resize_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        keypair['metadata'] = {'key': 'error', 'count': 52}
        self.assertTrue(isinstance(keypair, dict))
        self.assertIn('metadata', keypair)
        self.assertTrue(len(self.keypairs) > 0)
        self.assertFalse(keypair['id'] is None)
        self.assertEquals('VERIFY_RESIZE', keypair['status'])
        self.assertFalse(keypair['id'] is None)
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_rebuild_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertFalse(keypair['id'] is None)
        self.assertTrue(isinstance(keypair, dict))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertEqual(keypair.get('fault'), None)
        self.assertIn('metadata', keypair)

    def test_delete_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertIn('metadata', keypair)
        self.assertEqual(keypair.get('fault'), None)
        keypair['metadata'] = {'key': 'build', 'count': 58}
        keypair['metadata'] = {'key': 'verify_resize', 'count': 57}
        keypair['metadata'] = {'key': 'active', 'count': 57}
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_live_migrate_keypair_5(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertTrue(isinstance(keypair, dict))
        keypair['metadata'] = {'key': 'migrating', 'count': 85}
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertEqual(keypair.get('fault'), None)
        keypair['metadata'] = {'key': 'migrating', 'count': 57}
        # The keypair must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('metadata', keypair)
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
