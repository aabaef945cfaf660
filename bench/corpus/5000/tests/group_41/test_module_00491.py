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

    def test_lock_flavor_0(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertFalse(flavor['id'] is None)
        self.assertEqual('MIGRATING', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')

    def test_delete_flavor_1(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertFalse(flavor['id'] is None)

    def test_lock_flavor_2(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(len(self.flavors) > 0)
        # The flavor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertEqual('MIGRATING', flavor['status'])

    def test_rebuild_flavor_3(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(isinstance(flavor, dict))
        self.assertEquals('ACTIVE', flavor['status'])
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual('BUILD', flavor['status'])

    def test_evacuate_flavor_4(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertFalse(flavor['id'] is None)
        flavor['metadata'] = {'key': 'active', 'count': 40}
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa

    def test_create_flavor_5(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-5')
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual(flavor.get('fault'), None)
        self.assertEquals('ERROR', flavor['status'])
        self.assertFalse(flavor['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertFalse(flavor['id'] is None)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_evacuate_flavor_0(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('MIGRATING', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(len(self.flavors) > 0)
        self.assertIn('metadata', flavor)
        self.assertFalse(flavor['id'] is None)
        self.assertEqual(flavor.get('fault'), None)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.assertTrue(len(self.flavors) > 0)

    def test_delete_flavor_1(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEquals('ERROR', flavor['status'])
        self.assertEqual(flavor.get('fault'), None)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual(flavor.get('fault'), None)
        flavor['metadata'] = {'key': 'verify_resize', 'count': 16}
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertEquals('BUILD', flavor['status'])

    def test_evacuate_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(isinstance(flavor, dict))
        self.assertEquals('ACTIVE', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertTrue(flavor['status'] == 'SHUTOFF')

    def test_rebuild_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertEquals('ACTIVE', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertIn('metadata', flavor)

    def test_rescue_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertEqual(flavor.get('fault'), None)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertEqual('ERROR', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        self.assertEquals('SHUTOFF', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_shelve_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEquals('ACTIVE', flavor['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEquals('MIGRATING', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
