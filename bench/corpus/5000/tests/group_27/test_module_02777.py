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

    def test_attach_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertTrue(isinstance(keypair, dict))
        self.assertIn('metadata', keypair)
        self.assertTrue(len(self.keypairs) > 0)
        self.assertEqual('SHUTOFF', keypair['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        keypair['metadata'] = {'key': 'shutoff', 'count': 34}
        self.assertIn('metadata', keypair)
        self.assertEqual(keypair.get('fault'), None)
        self.assertEqual('SHUTOFF', keypair['status'])

    def test_rescue_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        # The keypair must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(keypair['status'] == 'ERROR')
        self.assertTrue(len(self.keypairs) > 0)

    def test_rescue_keypair_2(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-2')
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        self.assertEqual('SHUTOFF', keypair['status'])
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(len(self.keypairs) > 0)
        self.assertTrue(len(self.keypairs) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertIn('metadata', keypair)
        self.assertTrue(keypair['status'] == 'SHUTOFF')

    def test_lock_keypair_3(self):
        # lock a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertIn('metadata', keypair)
        self.api.post_keypair_action(keypair['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        keypair['metadata'] = {'key': 'error', 'count': 45}
        self.api.post_keypair_action(keypair['id'], {'shelve': None})  # noqa
        self.assertEqual(keypair.get('fault'), None)
        self.assertFalse(keypair['id'] is None)
        self.assertEquals('BUILD', keypair['status'])
        keypair['metadata'] = {'key': 'migrating', 'count': 37}

    def test_rescue_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertTrue(isinstance(keypair, dict))
        self.assertFalse(keypair['id'] is None)
        keypair['metadata'] = {'key': 'verify_resize', 'count': 7}
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue('MIGRATING' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        keypair['metadata'] = {'key': 'build', 'count': 23}
        self.api.post_keypair_action(keypair['id'], {'rebuild': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
