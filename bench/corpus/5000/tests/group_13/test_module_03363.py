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


class KeypairEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_delete_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue(len(self.keypairs) > 0)
        self.assertEquals('MIGRATING', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))

    def test_rebuild_keypair_1(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)
        self.assertEqual(keypair.get('fault'), None)
        self.assertEquals('SHUTOFF', keypair['status'])

    def test_rebuild_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertEquals('ACTIVE', keypair['status'])
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue(isinstance(keypair, dict))
        self.assertIn('metadata', keypair)

    def test_evacuate_keypair_3(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertFalse(keypair['id'] is None)
        self.assertTrue(len(self.keypairs) > 0)
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertTrue(isinstance(keypair, dict))
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(len(self.keypairs) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertTrue(keypair['status'] == 'ACTIVE')

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_delete_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual(keypair.get('fault'), None)
        self.assertFalse(keypair['id'] is None)
        keypair['metadata'] = {'key': 'error', 'count': 26}
        self.assertEqual(keypair.get('fault'), None)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue(isinstance(keypair, dict))
        self.assertIn('metadata', keypair)

    def test_live_migrate_keypair_1(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue(keypair['status'] == 'BUILD')
        keypair['metadata'] = {'key': 'error', 'count': 90}
        keypair['metadata'] = {'key': 'error', 'count': 9}
        self.assertTrue(isinstance(keypair, dict))

    def test_evacuate_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue(isinstance(keypair, dict))
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertFalse(keypair['id'] is None)
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(keypair, dict))
        self.assertEquals('ACTIVE', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def test_evacuate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue(len(self.keypairs) > 0)

    def test_evacuate_keypair_4(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        self.assertTrue(isinstance(keypair, dict))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
