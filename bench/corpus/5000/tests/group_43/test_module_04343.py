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

    def test_rebuild_keypair_0(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', keypair['status'])

    def test_evacuate_keypair_1(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue(keypair['status'] == 'MIGRATING')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached SHUTOFF')
        self.assertFalse(keypair['id'] is None)
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')

    def test_rescue_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEquals('VERIFY_RESIZE', keypair['status'])
        self.assertEquals('ACTIVE', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('metadata', keypair)
        self.assertEquals('MIGRATING', keypair['status'])

    def test_rebuild_keypair_3(self):
        # rebuild a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertTrue(isinstance(keypair, dict))
        self.assertFalse(keypair['id'] is None)
        self.assertTrue(len(self.keypairs) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(isinstance(keypair, dict))

    def test_evacuate_keypair_4(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-4')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        keypair['metadata'] = {'key': 'active', 'count': 83}
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(keypair['status'] == 'MIGRATING')
        self.assertTrue(len(self.keypairs) > 0)

    def test_live_migrate_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.assertEqual('ERROR', keypair['status'])
        self.assertIn('metadata', keypair)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        # The keypair must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        keypair['metadata'] = {'key': 'build', 'count': 99}
        self.assertIn('metadata', keypair)
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rescue_keypair_0(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        keypair['metadata'] = {'key': 'build', 'count': 33}
        self.assertEquals('SHUTOFF', keypair['status'])
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        keypair['metadata'] = {'key': 'active', 'count': 1}

    def test_delete_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue(len(self.keypairs) > 0)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 56}
        self.assertFalse(keypair['id'] is None)
        self.assertIn('metadata', keypair)
        self.assertEqual('ERROR', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertEquals('VERIFY_RESIZE', keypair['status'])
        self.assertTrue(len(self.keypairs) > 0)

    def test_lock_keypair_2(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        # The keypair must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        # The keypair must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertTrue('ACTIVE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertEqual('ERROR', keypair['status'])
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue(keypair['status'] == 'ACTIVE')

    def test_evacuate_keypair_3(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertEqual(keypair.get('fault'), None)
        self.assertEqual('SHUTOFF', keypair['status'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        keypair['metadata'] = {'key': 'shutoff', 'count': 52}
        # The keypair must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached MIGRATING')

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
