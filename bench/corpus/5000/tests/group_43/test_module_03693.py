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

    def test_delete_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(flavor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertFalse(flavor['id'] is None)

    def test_create_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('BUILD', flavor['status'])
        self.assertEquals('ACTIVE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', flavor['status'])
        self.assertEquals('ERROR', flavor['status'])
        self.assertTrue(flavor['status'] == 'SHUTOFF')

    def test_evacuate_flavor_2(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEquals('SHUTOFF', flavor['status'])
        self.assertEquals('ACTIVE', flavor['status'])

    def test_attach_flavor_3(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEquals('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'verify_resize', 'count': 2}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertTrue('ERROR' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEquals('ERROR', flavor['status'])
        self.assertTrue(len(self.flavors) > 0)
        self.assertIn('metadata', flavor)

    def test_create_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual(flavor.get('fault'), None)
        self.assertEquals('MIGRATING', flavor['status'])

    def test_create_flavor_5(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-5')
        # The flavor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertTrue('BUILD' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual(flavor.get('fault'), None)
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
