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


class KeypairRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_evacuate_keypair_0(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEquals('ERROR', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertTrue(isinstance(keypair, dict))
        self.assertEquals('BUILD', keypair['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))

    def test_create_keypair_1(self):
        # create a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(keypair['status'] == 'BUILD')
        self.assertFalse(keypair['id'] is None)

    def test_resize_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual(keypair.get('fault'), None)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 41}

    def test_shelve_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertFalse(keypair['id'] is None)
        self.assertEqual(keypair.get('fault'), None)
        self.assertIn('metadata', keypair)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        keypair['metadata'] = {'key': 'migrating', 'count': 40}
        self.assertTrue(keypair['status'] == 'MIGRATING')

    def test_shelve_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        # The keypair must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('MIGRATING', keypair['status'])
        # The keypair must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(len(self.keypairs) > 0)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_live_migrate_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        keypair['metadata'] = {'key': 'build', 'count': 19}
        self.assertEquals('MIGRATING', keypair['status'])
        self.assertTrue(isinstance(keypair, dict))
        self.assertEquals('SHUTOFF', keypair['status'])
        self.assertTrue(len(self.keypairs) > 0)
        self.assertEqual('BUILD', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_shelve_keypair_1(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', keypair)
        self.assertEqual(keypair.get('fault'), None)
        self.assertIn('metadata', keypair)
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(len(self.keypairs) > 0)
        self.assertIn('metadata', keypair)

    def test_resize_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue(keypair['status'] == 'SHUTOFF')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertIn('metadata', keypair)
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertFalse(keypair['id'] is None)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 26}
        self.assertEquals('MIGRATING', keypair['status'])
        self.assertFalse(keypair['id'] is None)

    def test_shelve_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
