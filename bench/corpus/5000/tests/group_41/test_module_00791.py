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


class FlavorLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_attach_flavor_0(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertEquals('VERIFY_RESIZE', flavor['status'])
        self.assertEqual(flavor.get('fault'), None)
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        flavor['metadata'] = {'key': 'build', 'count': 10}
        self.assertIn('metadata', flavor)
        self.assertEqual('BUILD', flavor['status'])

    def test_delete_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertFalse(flavor['id'] is None)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertTrue(flavor['status'] == 'BUILD')
        # The flavor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        # The flavor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertFalse(flavor['id'] is None)

    def test_evacuate_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('SHUTOFF', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertTrue(isinstance(flavor, dict))

    def test_attach_flavor_3(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEquals('VERIFY_RESIZE', flavor['status'])
        self.assertEquals('ACTIVE', flavor['status'])
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue('ERROR' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual(flavor.get('fault'), None)

    def test_evacuate_flavor_4(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        flavor['metadata'] = {'key': 'verify_resize', 'count': 73}
        self.assertTrue(len(self.flavors) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEquals('ACTIVE', flavor['status'])
        self.assertEqual(flavor.get('fault'), None)
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'shutoff', 'count': 0}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')

    def test_delete_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        self.assertEquals('ACTIVE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertFalse(flavor['id'] is None)
        # The flavor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual(flavor.get('fault'), None)
        self.assertFalse(flavor['id'] is None)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_lock_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertTrue(len(self.flavors) > 0)

    def test_create_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertEquals('ERROR', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEquals('ACTIVE', flavor['status'])
        self.assertTrue(isinstance(flavor, dict))
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        flavor['metadata'] = {'key': 'build', 'count': 48}
        self.assertTrue(flavor['status'] == 'ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_resize_flavor_2(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue('ERROR' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertFalse(flavor['id'] is None)
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        flavor['metadata'] = {'key': 'error', 'count': 66}
        self.assertTrue(len(self.flavors) > 0)
        self.assertFalse(flavor['id'] is None)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
