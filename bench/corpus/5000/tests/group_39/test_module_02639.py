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


class KeypairLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_attach_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue(keypair['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(keypair, dict))
        self.assertEquals('ERROR', keypair['status'])

    def test_evacuate_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertEqual(keypair.get('fault'), None)
        self.assertEquals('BUILD', keypair['status'])
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'shutoff', 'count': 26}
        self.assertFalse(keypair['id'] is None)

    def test_delete_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual(keypair.get('fault'), None)

    def test_attach_keypair_3(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertFalse(keypair['id'] is None)
        self.assertTrue(len(self.keypairs) > 0)
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        keypair['metadata'] = {'key': 'build', 'count': 65}
        self.assertEquals('ERROR', keypair['status'])

    def test_resize_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        # The keypair must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('metadata', keypair)
        self.assertTrue(keypair['status'] == 'SHUTOFF')

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_lock_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        self.assertFalse(keypair['id'] is None)
        self.assertIn('metadata', keypair)
        self.assertTrue(isinstance(keypair, dict))

    def test_shelve_keypair_1(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue(isinstance(keypair, dict))
        # The keypair must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEquals('ERROR', keypair['status'])
        keypair['metadata'] = {'key': 'verify_resize', 'count': 67}
        self.assertFalse(keypair['id'] is None)
        self.api.post_keypair_action(keypair['id'], {'resize': None})  # noqa
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')

    def test_attach_keypair_2(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        keypair['metadata'] = {'key': 'migrating', 'count': 34}
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(keypair['status'] == 'MIGRATING')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])

    def test_shelve_keypair_3(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('MIGRATING', keypair['status'])
        self.assertFalse(keypair['id'] is None)
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)

    def test_shelve_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)
        self.assertTrue(len(self.keypairs) > 0)

    def test_attach_keypair_5(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-5')
        self.assertTrue(keypair['status'] == 'ACTIVE')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(len(self.keypairs) > 0)
        self.assertFalse(keypair['id'] is None)
        # The keypair must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        keypair['metadata'] = {'key': 'build', 'count': 16}

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
