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

    def test_attach_flavor_0(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertFalse(flavor['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(isinstance(flavor, dict))
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))

    def test_delete_flavor_1(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEquals('ERROR', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue(len(self.flavors) > 0)
        flavor['metadata'] = {'key': 'build', 'count': 53}
        self.assertIn('metadata', flavor)

    def test_create_flavor_2(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertFalse(flavor['id'] is None)
        flavor['metadata'] = {'key': 'build', 'count': 95}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')

    def test_shelve_flavor_3(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual(flavor.get('fault'), None)
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        # The flavor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertFalse(flavor['id'] is None)
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        self.assertTrue(flavor['status'] == 'MIGRATING')

    def test_evacuate_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        flavor['metadata'] = {'key': 'active', 'count': 48}
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        self.assertEqual(flavor.get('fault'), None)

    def test_rebuild_flavor_5(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-5')
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual('BUILD', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        # The flavor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
