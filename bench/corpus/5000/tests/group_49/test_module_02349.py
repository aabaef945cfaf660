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

    def test_lock_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual('VERIFY_RESIZE', keypair['status'])
        self.assertTrue(len(self.keypairs) > 0)
        # The keypair must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertEquals('SHUTOFF', keypair['status'])
        self.assertTrue(keypair['status'] == 'ACTIVE')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))

    def test_attach_keypair_1(self):
        # attach a keypair and check its state
        keypair = self._create_keypair(name='keypair-1')
        self.assertTrue(isinstance(keypair, dict))
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertTrue(len(self.keypairs) > 0)
        # The keypair must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))
        self.assertIn('metadata', keypair)
        self.assertEquals('MIGRATING', keypair['status'])
        keypair['metadata'] = {'key': 'migrating', 'count': 87}
        self.assertEquals('MIGRATING', keypair['status'])
        self.assertIn('metadata', keypair)
        self.assertTrue(keypair['status'] == 'ACTIVE')

    def test_rescue_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertTrue(isinstance(keypair, dict))
        self.assertFalse(keypair['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(keypair['status'] == 'ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_keypair(uuidutils.generate_uuid())

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
