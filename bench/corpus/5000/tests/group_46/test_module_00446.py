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

    def test_lock_flavor_0(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        flavor['metadata'] = {'key': 'active', 'count': 65}
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'migrating', 'count': 1}

    def test_create_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])

    def test_shelve_flavor_2(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        flavor['metadata'] = {'key': 'migrating', 'count': 85}
        flavor['metadata'] = {'key': 'error', 'count': 34}
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
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

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_resize_flavor_0(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        flavor['metadata'] = {'key': 'shutoff', 'count': 8}
        flavor['metadata'] = {'key': 'error', 'count': 30}
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertIsNotNone(flavor['id'])
        self.assertIsNotNone(flavor['id'])
        flavor['metadata'] = {'key': 'build', 'count': 78}
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa

    def test_attach_flavor_1(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertGreater(len(self.flavors), 0)
        flavor['metadata'] = {'key': 'build', 'count': 90}

    def test_shelve_flavor_2(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 67}
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'verify_resize', 'count': 41}
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_shelve_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsInstance(flavor, dict)
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNotNone(flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa

    def test_attach_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertIn('metadata', flavor)
        self.assertIsInstance(flavor, dict)
        self.assertEqual('ACTIVE', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('ERROR', flavor['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
