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

    def test_create_keypair_0(self):
        # create a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        self.assertEqual('ERROR', keypair['status'])
        self.assertEqual(keypair.get('fault'), None)
        self.assertIn('metadata', keypair)

    def test_create_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue(len(self.keypairs) > 0)
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertTrue(isinstance(keypair, dict))
        self.assertEqual(keypair.get('fault'), None)
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))

    def test_attach_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue(isinstance(keypair, dict))
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertTrue(isinstance(keypair, dict))
        keypair['metadata'] = {'key': 'verify_resize', 'count': 22}
        self.assertFalse(keypair['id'] is None)

    def test_evacuate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        self.assertIn('metadata', keypair)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        keypair['metadata'] = {'key': 'migrating', 'count': 2}
        self.assertEquals('ACTIVE', keypair['status'])

    def test_rebuild_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual(keypair.get('fault'), None)
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        self.assertTrue(keypair['status'] == 'BUILD')

    def test_delete_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEquals('MIGRATING', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertEqual('ERROR', keypair['status'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_lock_keypair_0(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(isinstance(keypair, dict))
        self.assertFalse(keypair['id'] is None)
        self.assertTrue(isinstance(keypair, dict))

    def test_live_migrate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        keypair['metadata'] = {'key': 'build', 'count': 20}

    def test_attach_keypair_2(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue(isinstance(keypair, dict))
        keypair['metadata'] = {'key': 'error', 'count': 14}
        self.assertEquals('MIGRATING', keypair['status'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertTrue(isinstance(keypair, dict))

    def test_rebuild_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        keypair['metadata'] = {'key': 'error', 'count': 20}
        keypair['metadata'] = {'key': 'verify_resize', 'count': 61}
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
