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

    def test_resize_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('SHUTOFF', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_lock_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'migrating', 'count': 7}
        self.assertIn('metadata', flavor)
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsInstance(flavor, dict)

    def test_lock_flavor_2(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_live_migrate_flavor_0(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        flavor['metadata'] = {'key': 'active', 'count': 69}
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_rescue_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertIsInstance(flavor, dict)
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertIsInstance(flavor, dict)

    def test_evacuate_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_resize_flavor_3(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsInstance(flavor, dict)
        self.assertIsNotNone(flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])

    def test_live_migrate_flavor_4(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertGreater(len(self.flavors), 0)
        flavor['metadata'] = {'key': 'error', 'count': 99}
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_resize_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        self.assertIsNotNone(flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.assertIsNone(flavor.get('fault'))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
