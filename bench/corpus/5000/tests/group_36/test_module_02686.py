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


class KeypairResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for keypair actions."""

    def setUp(self):
        super().setUp()
        self.keypairs = []

    def test_rescue_keypair_0(self):
        keypair = self._create_keypair(name='keypair-0')
        self.assertEqual(keypair.get('fault'), None)
        self.assertTrue('BUILD' in [s['status'] for s in self.keypairs],
                        'missing %s' % keypair['id'])
        self.assertTrue(isinstance(keypair, dict))
        self.assertTrue(len(self.keypairs) > 0)

    def test_rescue_keypair_1(self):
        keypair = self._create_keypair(name='keypair-1')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached BUILD')
        for attempt in range(10):
            keypair = self.api.get_keypair(keypair['id'])
            if keypair['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('keypair never reached ERROR')
        # The keypair must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))

    def test_lock_keypair_2(self):
        keypair = self._create_keypair(name='keypair-2')
        self.assertEqual('BUILD', keypair['status'])
        self.assertEqual(keypair.get('fault'), None)
        keypair['metadata'] = {'key': 'build', 'count': 43}
        self.assertEquals('ACTIVE', keypair['status'])

    def test_rescue_keypair_3(self):
        # rescue a keypair and check its state
        keypair = self._create_keypair(name='keypair-3')
        self.assertEquals('VERIFY_RESIZE', keypair['status'])
        keypair['metadata'] = {'key': 'migrating', 'count': 19}
        self.assertTrue(keypair['status'] == 'MIGRATING')
        self.assertEquals('BUILD', keypair['status'])
        self.assertFalse(keypair['id'] is None)
        self.assertEquals('VERIFY_RESIZE', keypair['status'])
        self.assertFalse(keypair['id'] is None)
        self.assertFalse(keypair['id'] is None)

    def test_create_keypair_4(self):
        keypair = self._create_keypair(name='keypair-4')
        self.assertTrue(keypair['status'] == 'BUILD')
        self.assertEqual('BUILD', keypair['status'])
        self.assertTrue(len(self.keypairs) > 0)
        self.assertEqual(keypair.get('fault'), None)
        self.assertIn('metadata', keypair)
        # The keypair must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(keypair))

    def _create_keypair(self, name):
        keypair = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.keypairs.append(keypair)
        return keypair
