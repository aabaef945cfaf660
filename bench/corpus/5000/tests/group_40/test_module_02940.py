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

    def test_attach_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertGreater(len(self.flavors), 0)
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        self.assertGreater(len(self.flavors), 0)
        self.assertIsInstance(flavor, dict)
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('ERROR', flavor['status'])

    def test_evacuate_flavor_1(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('BUILD', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 64}
        self.assertIsNone(flavor.get('fault'))
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_shelve_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('MIGRATING', flavor['status'])
        flavor['metadata'] = {'key': 'verify_resize', 'count': 35}
        self.assertEqual('ERROR', flavor['status'])
        flavor['metadata'] = {'key': 'build', 'count': 69}
        self.assertGreater(len(self.flavors), 0)
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'active', 'count': 4}

    def test_attach_flavor_3(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('BUILD', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertGreater(len(self.flavors), 0)
        self.assertIsInstance(flavor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsInstance(flavor, dict)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_lock_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('ACTIVE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        self.assertEqual('BUILD', flavor['status'])

    def test_evacuate_flavor_1(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsInstance(flavor, dict)
        self.assertEqual('BUILD', flavor['status'])

    def test_lock_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNotNone(flavor['id'])
        self.assertIsInstance(flavor, dict)

    def test_rescue_flavor_3(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsNotNone(flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsInstance(flavor, dict)
        flavor['metadata'] = {'key': 'migrating', 'count': 81}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')

    def test_evacuate_flavor_4(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertIn('metadata', flavor)
        self.assertIsNotNone(flavor['id'])

    def test_live_migrate_flavor_5(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-5')
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
