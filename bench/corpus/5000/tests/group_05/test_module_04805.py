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


class FlavorAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_resize_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        self.assertEquals('ERROR', flavor['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual(flavor.get('fault'), None)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        # The flavor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual(flavor.get('fault'), None)

    def test_create_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        flavor['metadata'] = {'key': 'migrating', 'count': 43}
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(len(self.flavors) > 0)

    def test_attach_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        self.assertTrue('ERROR' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        flavor['metadata'] = {'key': 'build', 'count': 56}
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa

    def test_attach_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(len(self.flavors) > 0)
        self.assertIn('metadata', flavor)
        self.assertFalse(flavor['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEquals('ERROR', flavor['status'])
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(flavor['status'] == 'BUILD')

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_shelve_flavor_0(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        flavor['metadata'] = {'key': 'active', 'count': 61}
        self.assertEquals('ERROR', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertTrue(isinstance(flavor, dict))
        self.assertFalse(flavor['id'] is None)
        self.assertIn('metadata', flavor)
        self.assertTrue(len(self.flavors) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))

    def test_live_migrate_flavor_1(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual(flavor.get('fault'), None)

    def test_create_flavor_2(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(flavor['status'] == 'MIGRATING')
        self.assertIn('metadata', flavor)
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(len(self.flavors) > 0)
        self.assertEquals('VERIFY_RESIZE', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
