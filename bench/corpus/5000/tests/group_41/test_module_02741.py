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


class FlavorCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_live_migrate_flavor_0(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        # The flavor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('BUILD', flavor['status'])
        self.assertFalse(flavor['id'] is None)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertEquals('MIGRATING', flavor['status'])

    def test_resize_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertTrue(isinstance(flavor, dict))
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.assertFalse(flavor['id'] is None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual(flavor.get('fault'), None)

    def test_live_migrate_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertTrue(flavor['status'] == 'SHUTOFF')

    def test_resize_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(flavor['status'] == 'ERROR')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')
        flavor['metadata'] = {'key': 'build', 'count': 15}
        self.assertEquals('BUILD', flavor['status'])

    def test_lock_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertEqual(flavor.get('fault'), None)
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual('ERROR', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_live_migrate_flavor_0(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        # The flavor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual(flavor.get('fault'), None)
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertEquals('MIGRATING', flavor['status'])

    def test_rescue_flavor_1(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertFalse(flavor['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue(len(self.flavors) > 0)
        self.assertIn('metadata', flavor)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEquals('ACTIVE', flavor['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(flavor['status'] == 'BUILD')

    def test_rescue_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue('BUILD' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('metadata', flavor)
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(isinstance(flavor, dict))

    def test_rescue_flavor_3(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertTrue('ERROR' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(flavor['status'] == 'ACTIVE')
        flavor['metadata'] = {'key': 'migrating', 'count': 56}
        self.assertFalse(flavor['id'] is None)
        self.assertEqual(flavor.get('fault'), None)

    def test_rescue_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEquals('ACTIVE', flavor['status'])
        self.assertTrue(len(self.flavors) > 0)
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertTrue(flavor['status'] == 'ACTIVE')

    def test_lock_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        self.assertFalse(flavor['id'] is None)
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual(flavor.get('fault'), None)
        flavor['metadata'] = {'key': 'shutoff', 'count': 54}

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
