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

    def test_attach_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual(flavor.get('fault'), None)
        self.assertEqual(flavor.get('fault'), None)
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', flavor['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        self.assertFalse(flavor['id'] is None)

    def test_rebuild_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue('ERROR' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'active', 'count': 99}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')

    def test_attach_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual(flavor.get('fault'), None)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertEqual('ERROR', flavor['status'])

    def test_shelve_flavor_3(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        # The flavor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEquals('ERROR', flavor['status'])

    def test_rescue_flavor_4(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa

    def test_shelve_flavor_5(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-5')
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        # The flavor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertTrue('BUILD' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(flavor, dict))
        self.assertIn('metadata', flavor)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_live_migrate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertFalse(flavor['id'] is None)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(isinstance(flavor, dict))

    def test_lock_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertFalse(flavor['id'] is None)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))

    def test_lock_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(len(self.flavors) > 0)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa

    def test_rescue_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertFalse(flavor['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertFalse(flavor['id'] is None)
        self.assertEquals('ERROR', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(isinstance(flavor, dict))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertIn('metadata', flavor)

    def test_lock_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertTrue(isinstance(flavor, dict))
        flavor['metadata'] = {'key': 'verify_resize', 'count': 5}
        self.assertEquals('VERIFY_RESIZE', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
