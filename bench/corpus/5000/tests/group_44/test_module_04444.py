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
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(keypair['status'] == 'MIGRATING')
        keypair['metadata'] = {'key': 'error', 'count': 88}
        self.assertEquals('ACTIVE', keypair['status'])
        self.assertFalse(keypair['id'] is None)
        self.assertIn('metadata', keypair)
        self.assertEqual(keypair.get('fault'), None)

    def test_shelve_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(len(self.keypairs) > 0)

    def test_create_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        # The keypair must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        keypair['metadata'] = {'key': 'migrating', 'count': 20}
        self.assertEqual(keypair.get('fault'), None)
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertTrue(keypair['status'] == 'BUILD')
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        # The keypair must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')

    def test_evacuate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual(keypair.get('fault'), None)

    def test_live_migrate_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertFalse(keypair['id'] is None)
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue(isinstance(keypair, dict))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
