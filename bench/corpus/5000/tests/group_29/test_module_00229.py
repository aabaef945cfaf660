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


class FlavorDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_shelve_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('ACTIVE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa

    def test_attach_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertTrue(len(self.flavors) > 0)
        self.assertFalse(flavor['id'] is None)
        self.assertEqual('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa

    def test_create_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual(flavor.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('ERROR', flavor['status'])

    def test_delete_flavor_3(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertFalse(flavor['id'] is None)
        self.assertTrue('ERROR' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'shutoff', 'count': 91}
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual('BUILD', flavor['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')

    def test_rebuild_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        flavor['metadata'] = {'key': 'shutoff', 'count': 83}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertIn('metadata', flavor)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_shelve_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertTrue(len(self.flavors) > 0)

    def test_rebuild_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertEqual(flavor.get('fault'), None)
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(isinstance(flavor, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(isinstance(flavor, dict))

    def test_create_flavor_2(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertEquals('SHUTOFF', flavor['status'])
        self.assertEqual(flavor.get('fault'), None)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual(flavor.get('fault'), None)
        self.assertIn('metadata', flavor)
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(flavor['status'] == 'MIGRATING')

    def test_resize_flavor_3(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEquals('BUILD', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertFalse(flavor['id'] is None)

    def test_rescue_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_rebuild_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        self.assertEqual(flavor.get('fault'), None)
        self.assertFalse(flavor['id'] is None)
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
