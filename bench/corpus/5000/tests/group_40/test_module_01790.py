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

    def test_delete_keypair_0(self):
        # delete a keypair and check its state
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('BUILD', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        self.assertTrue(len(self.keypairs) > 0)
        self.api.post_keypair_action(keypair['id'], {'create': None})  # noqa
        keypair['metadata'] = {'key': 'shutoff', 'count': 96}
        self.api.post_keypair_action(keypair['id'], {'attach': None})  # noqa

    def test_lock_keypair_1(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertFalse(keypair['id'] is None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        keypair['metadata'] = {'key': 'active', 'count': 96}
        keypair['metadata'] = {'key': 'build', 'count': 34}
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEqual(keypair.get('fault'), None)
        self.api.post_keypair_action(keypair['id'], {'rescue': None})  # noqa

    def test_resize_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue(keypair['status'] == 'ACTIVE')
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.api.post_keypair_action(keypair['id'], {'live_migrate': None})  # noqa

    def test_shelve_keypair_3(self):
        # shelve a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertTrue(len(self.keypairs) > 0)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 18}
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertFalse(keypair['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertFalse(keypair['id'] is None)
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue(isinstance(keypair, dict))

    def test_create_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertEqual('ACTIVE', keypair['status'])
        keypair['metadata'] = {'key': 'shutoff', 'count': 59}
        self.assertFalse(keypair['id'] is None)
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertTrue(isinstance(keypair, dict))

    def test_attach_keypair_5(self):
        keypair = self._create_keypair(name='keypair-5')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertEquals('ERROR', keypair['status'])
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue('ERROR' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertIn('metadata', keypair)

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair


class KeypairEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_resize_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(keypair['status'] == 'BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertEquals('VERIFY_RESIZE', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertTrue(len(self.keypairs) > 0)
        self.assertFalse(keypair['id'] is None)

    def test_attach_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        self.assertIn('metadata', keypair)
        keypair['metadata'] = {'key': 'shutoff', 'count': 56}
        self.assertEquals('VERIFY_RESIZE', keypair['status'])

    def test_lock_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('ACTIVE', keypair['status'])
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(keypair['status'] == 'VERIFY_RESIZE')
        self.assertTrue(len(self.keypairs) > 0)
        # The keypair must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(isinstance(keypair, dict))
        keypair['metadata'] = {'key': 'verify_resize', 'count': 75}

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
