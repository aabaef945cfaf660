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


class FlavorResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_resize_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        self.assertFalse(flavor['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(len(self.flavors) > 0)

    def test_resize_flavor_1(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        # The flavor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(flavor['status'] == 'MIGRATING')
        self.assertIn('metadata', flavor)
        self.assertTrue(len(self.flavors) > 0)
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertTrue(flavor['status'] == 'MIGRATING')

    def test_rescue_flavor_2(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(len(self.flavors) > 0)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(flavor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')

    def test_rescue_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        flavor['metadata'] = {'key': 'verify_resize', 'count': 28}
        flavor['metadata'] = {'key': 'error', 'count': 0}
        self.assertTrue(len(self.flavors) > 0)
        self.assertFalse(flavor['id'] is None)
        # The flavor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertTrue(len(self.flavors) > 0)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_evacuate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual(flavor.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(flavor['status'] == 'ACTIVE')

    def test_rescue_flavor_1(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(len(self.flavors) > 0)
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertEqual('ERROR', flavor['status'])

    def test_shelve_flavor_2(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(isinstance(flavor, dict))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertTrue(isinstance(flavor, dict))
        self.assertFalse(flavor['id'] is None)
        self.assertEqual(flavor.get('fault'), None)
        self.assertIn('metadata', flavor)
        self.assertEqual('BUILD', flavor['status'])
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertTrue(isinstance(flavor, dict))
        self.assertIn('metadata', flavor)

    def test_attach_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertEquals('BUILD', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')

    def test_resize_flavor_4(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertTrue(isinstance(flavor, dict))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertTrue('ERROR' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(isinstance(flavor, dict))
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(len(self.flavors) > 0)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
