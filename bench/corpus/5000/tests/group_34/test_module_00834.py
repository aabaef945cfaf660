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


class FlavorEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_rescue_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('metadata', flavor)
        self.assertFalse(flavor['id'] is None)
        self.assertEqual(flavor.get('fault'), None)
        # The flavor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertFalse(flavor['id'] is None)

    def test_resize_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertEquals('SHUTOFF', flavor['status'])
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_lock_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        flavor['metadata'] = {'key': 'migrating', 'count': 56}
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(flavor['status'] == 'ERROR')

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_create_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertTrue(len(self.flavors) > 0)
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(len(self.flavors) > 0)
        self.assertEquals('ACTIVE', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertTrue(isinstance(flavor, dict))

    def test_lock_flavor_1(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertTrue(flavor['status'] == 'MIGRATING')
        # The flavor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertFalse(flavor['id'] is None)

    def test_rescue_flavor_2(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'shutoff', 'count': 89}
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertFalse(flavor['id'] is None)
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_rescue_flavor_3(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEquals('MIGRATING', flavor['status'])
        flavor['metadata'] = {'key': 'error', 'count': 12}
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_rebuild_flavor_4(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertEqual(flavor.get('fault'), None)
        flavor['metadata'] = {'key': 'migrating', 'count': 88}
        self.assertEqual(flavor.get('fault'), None)
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
