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

    def test_lock_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertTrue(len(self.flavors) > 0)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        flavor['metadata'] = {'key': 'active', 'count': 63}
        self.assertTrue(flavor['status'] == 'SHUTOFF')

    def test_resize_flavor_1(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        self.assertEqual('BUILD', flavor['status'])
        self.assertEquals('BUILD', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual(flavor.get('fault'), None)

    def test_lock_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(flavor['status'] == 'ERROR')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertTrue(isinstance(flavor, dict))
        self.assertIn('metadata', flavor)
        self.assertFalse(flavor['id'] is None)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEquals('SHUTOFF', flavor['status'])

    def test_resize_flavor_3(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        # The flavor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        flavor['metadata'] = {'key': 'error', 'count': 55}
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))

    def test_create_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        self.assertFalse(flavor['id'] is None)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_rescue_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual('ACTIVE', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue(flavor['status'] == 'MIGRATING')

    def test_evacuate_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(flavor['status'] == 'BUILD')
        self.assertTrue(flavor['status'] == 'ACTIVE')

    def test_resize_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('metadata', flavor)
        self.assertEqual('ERROR', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)

    def test_live_migrate_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertTrue('ERROR' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('metadata', flavor)
        self.assertTrue(len(self.flavors) > 0)
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_rebuild_flavor_4(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertTrue(isinstance(flavor, dict))
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual('BUILD', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
