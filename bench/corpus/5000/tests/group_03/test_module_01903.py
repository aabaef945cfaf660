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

    def test_rescue_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertFalse(keypair['id'] is None)
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertEqual('ACTIVE', keypair['status'])

    def test_attach_keypair_1(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ACTIVE')
        self.assertEqual('BUILD', keypair['status'])
        # The keypair must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(isinstance(keypair, dict))
        self.assertFalse(keypair['id'] is None)

    def test_lock_keypair_2(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue(isinstance(keypair, dict))
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

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
        keypair = self._create_keypair(name='keypair-0')
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        # The keypair must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEqual(keypair.get('fault'), None)
        self.assertEqual('BUILD', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'evacuate': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', keypair['status'])
        # The keypair must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue('ERROR' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def test_evacuate_keypair_1(self):
        # evacuate a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', keypair['status'])
        self.assertTrue(keypair['status'] == 'MIGRATING')
        keypair['metadata'] = {'key': 'active', 'count': 58}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEquals('SHUTOFF', keypair['status'])

    def test_resize_keypair_2(self):
        # resize a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'build', 'count': 95}
        self.assertTrue(keypair['status'] == 'BUILD')
        self.assertTrue(len(self.keypairs) > 0)

    def test_live_migrate_keypair_3(self):
        # live migrate a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached VERIFY_RESIZE')
        self.assertEqual('MIGRATING', keypair['status'])

    def test_create_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertTrue(keypair['status'] == 'ACTIVE')
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue(keypair['status'] == 'SHUTOFF')
        self.assertFalse(keypair['id'] is None)
        self.assertIn('metadata', keypair)
        self.assertTrue(keypair['status'] == 'MIGRATING')
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue(len(self.keypairs) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
