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


class FlavorRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_delete_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertTrue(len(self.flavors) > 0)
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertTrue('BUILD' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_rescue_flavor_1(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual(flavor.get('fault'), None)
        self.assertEqual(flavor.get('fault'), None)
        flavor['metadata'] = {'key': 'verify_resize', 'count': 3}
        self.assertEquals('BUILD', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertTrue(flavor['status'] == 'ACTIVE')

    def test_resize_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertTrue(len(self.flavors) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual(flavor.get('fault'), None)
        self.assertFalse(flavor['id'] is None)
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        # The flavor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa

    def test_live_migrate_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertEquals('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        self.assertFalse(flavor['id'] is None)
        flavor['metadata'] = {'key': 'migrating', 'count': 72}
        self.assertFalse(flavor['id'] is None)
        self.assertFalse(flavor['id'] is None)
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)

    def test_shelve_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertIn('metadata', flavor)
        self.assertTrue(len(self.flavors) > 0)
        flavor['metadata'] = {'key': 'migrating', 'count': 42}
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', flavor['status'])

    def test_attach_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual(flavor.get('fault'), None)
        self.assertEqual(flavor.get('fault'), None)
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertTrue(flavor['status'] == 'ERROR')
        # The flavor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'build', 'count': 6}

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_delete_flavor_0(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual(flavor.get('fault'), None)
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'verify_resize', 'count': 82}
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(len(self.flavors) > 0)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')

    def test_delete_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertTrue(len(self.flavors) > 0)
        self.assertFalse(flavor['id'] is None)
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(isinstance(flavor, dict))
        self.assertIn('metadata', flavor)
        self.assertFalse(flavor['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_delete_flavor_2(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertIn('metadata', flavor)
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual(flavor.get('fault'), None)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
