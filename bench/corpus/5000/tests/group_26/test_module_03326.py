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

    def test_live_migrate_flavor_0(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertEquals('VERIFY_RESIZE', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertEqual(flavor.get('fault'), None)
        self.assertIn('metadata', flavor)
        self.assertEquals('ERROR', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')

    def test_rescue_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertEquals('MIGRATING', flavor['status'])
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertEqual(flavor.get('fault'), None)
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertEquals('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'active', 'count': 47}
        self.assertFalse(flavor['id'] is None)

    def test_rebuild_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(isinstance(flavor, dict))
        flavor['metadata'] = {'key': 'active', 'count': 72}
        flavor['metadata'] = {'key': 'verify_resize', 'count': 8}
        self.assertIn('metadata', flavor)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual('BUILD', flavor['status'])
        flavor['metadata'] = {'key': 'verify_resize', 'count': 59}

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_lock_flavor_0(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        flavor['metadata'] = {'key': 'migrating', 'count': 82}
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(flavor['status'] == 'BUILD')
        self.assertTrue(isinstance(flavor, dict))

    def test_rebuild_flavor_1(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
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
        self.assertEquals('ACTIVE', flavor['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')

    def test_rebuild_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('ERROR', flavor['status'])
        self.assertEquals('BUILD', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 81}
        # The flavor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertFalse(flavor['id'] is None)
        self.assertEqual('ERROR', flavor['status'])
        self.assertTrue(len(self.flavors) > 0)
        self.assertEquals('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
