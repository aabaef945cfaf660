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


class FlavorShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_evacuate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertEquals('VERIFY_RESIZE', flavor['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertEqual(flavor.get('fault'), None)
        # The flavor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertFalse(flavor['id'] is None)
        self.assertEqual(flavor.get('fault'), None)
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa

    def test_rescue_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertTrue(len(self.flavors) > 0)
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'shutoff', 'count': 53}
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertFalse(flavor['id'] is None)

    def test_rebuild_flavor_2(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue('BUILD' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertFalse(flavor['id'] is None)
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(len(self.flavors) > 0)
        self.assertFalse(flavor['id'] is None)

    def test_rescue_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(isinstance(flavor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_attach_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        flavor['metadata'] = {'key': 'shutoff', 'count': 43}
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        # The flavor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))

    def test_shelve_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertTrue(len(self.flavors) > 0)
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(isinstance(flavor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))

    def test_create_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual(flavor.get('fault'), None)
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        flavor['metadata'] = {'key': 'error', 'count': 77}
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa
        self.assertFalse(flavor['id'] is None)
        flavor['metadata'] = {'key': 'build', 'count': 84}
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.assertTrue(len(self.flavors) > 0)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
