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

    def test_attach_keypair_0(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual(keypair.get('fault'), None)
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertTrue(keypair['status'] == 'ACTIVE')
        self.assertIn('metadata', keypair)
        self.assertEqual(keypair.get('fault'), None)

    def test_evacuate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        keypair['metadata'] = {'key': 'active', 'count': 72}
        self.assertTrue('ACTIVE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)

    def test_shelve_keypair_2(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        # The keypair must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertEquals('VERIFY_RESIZE', keypair['status'])
        self.assertEqual('SHUTOFF', keypair['status'])
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(keypair['status'] == 'MIGRATING')

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_lock_keypair_0(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertEquals('SHUTOFF', keypair['status'])
        self.assertTrue(keypair['status'] == 'ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual('ERROR', keypair['status'])
        self.assertTrue(keypair['status'] == 'BUILD')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_evacuate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        keypair['metadata'] = {'key': 'build', 'count': 90}
        self.assertFalse(keypair['id'] is None)
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertFalse(keypair['id'] is None)
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(len(self.keypairs) > 0)
        self.assertEqual('MIGRATING', keypair['status'])

    def test_rescue_keypair_2(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertFalse(keypair['id'] is None)
        self.assertTrue(len(self.keypairs) > 0)

    def test_evacuate_keypair_3(self):
        keypair = self._create_keypair(name='keypair-3')
        self.assertTrue(isinstance(keypair, dict))
        self.assertFalse(keypair['id'] is None)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', keypair)
        self.assertTrue(isinstance(keypair, dict))
        self.assertFalse(keypair['id'] is None)
        self.assertEqual('BUILD', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.assertTrue(len(self.keypairs) > 0)

    def test_shelve_keypair_4(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('metadata', keypair)
        self.assertFalse(keypair['id'] is None)
        self.assertFalse(keypair['id'] is None)
        keypair['metadata'] = {'key': 'migrating', 'count': 17}

    def test_live_migrate_keypair_5(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue(keypair['status'] == 'ERROR')
        self.api.post_keypair_action(keypair['id'], {'lock': None})  # noqa
        self.assertFalse(keypair['id'] is None)
        self.assertEqual(keypair.get('fault'), None)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
