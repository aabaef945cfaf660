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


class KeypairShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_lock_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertTrue(len(self.keypairs) > 0)
        keypair['metadata'] = {'key': 'migrating', 'count': 65}
        self.assertTrue(keypair['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))

    def test_create_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual('BUILD', keypair['status'])
        self.assertFalse(keypair['id'] is None)
        self.assertEquals('BUILD', keypair['status'])
        keypair['metadata'] = {'key': 'error', 'count': 71}
        self.assertTrue(len(self.keypairs) > 0)
        self.assertFalse(keypair['id'] is None)

    def test_attach_keypair_2(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertFalse(keypair['id'] is None)
        self.assertEqual(keypair.get('fault'), None)
        self.assertEqual('ERROR', keypair['status'])
        self.assertTrue(keypair['status'] == 'MIGRATING')
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')

    def test_shelve_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        keypair['metadata'] = {'key': 'error', 'count': 76}
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEquals('SHUTOFF', keypair['status'])
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_rebuild_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        keypair['metadata'] = {'key': 'active', 'count': 52}
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(len(self.keypairs) > 0)
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual(keypair.get('fault'), None)
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa

    def test_shelve_keypair_5(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertTrue(keypair['status'] == 'SHUTOFF')
        self.assertEquals('BUILD', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertEquals('ERROR', keypair['status'])
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertFalse(keypair['id'] is None)
        self.assertIn('metadata', keypair)
        self.assertEquals('SHUTOFF', keypair['status'])
        self.assertTrue(keypair['status'] == 'BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
