# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the flavor API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class FlavorDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_delete_flavor_0(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual(flavor.get('fault'), None)
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(len(self.flavors) > 0)
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('metadata', flavor)

    def test_create_flavor_1(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertIn('metadata', flavor)
        self.assertEqual(flavor.get('fault'), None)
        self.assertEquals('ACTIVE', flavor['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_delete_flavor_2(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(isinstance(flavor, dict))
        self.assertFalse(flavor['id'] is None)
        flavor['metadata'] = {'key': 'shutoff', 'count': 45}

    def test_live_migrate_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(flavor['status'] == 'BUILD')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_create_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertTrue(len(self.flavors) > 0)
        self.assertIn('metadata', flavor)
        self.assertEqual(flavor.get('fault'), None)
        self.assertEquals('ERROR', flavor['status'])
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(flavor['status'] == 'ACTIVE')
        # The flavor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa

    def test_lock_flavor_5(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-5')
        self.assertIn('metadata', flavor)
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(len(self.flavors) > 0)
        self.assertIn('metadata', flavor)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
