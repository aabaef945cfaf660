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

    def test_live_migrate_flavor_0(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)

    def test_create_flavor_1(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        flavor['metadata'] = {'key': 'active', 'count': 34}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_live_migrate_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('ERROR', flavor['status'])
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('SHUTOFF', flavor['status'])

    def test_create_flavor_3(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('BUILD', flavor['status'])
        flavor['metadata'] = {'key': 'build', 'count': 23}
        self.assertIsInstance(flavor, dict)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_create_flavor_0(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsInstance(flavor, dict)
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_evacuate_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_rescue_flavor_2(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNone(flavor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'build', 'count': 59}
        self.assertEqual('SHUTOFF', flavor['status'])
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_delete_flavor_3(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('MIGRATING', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        flavor['metadata'] = {'key': 'migrating', 'count': 40}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertIsNotNone(flavor['id'])

    def test_live_migrate_flavor_4(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', flavor)
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertGreater(len(self.flavors), 0)
        flavor['metadata'] = {'key': 'shutoff', 'count': 55}
        self.assertEqual('SHUTOFF', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
