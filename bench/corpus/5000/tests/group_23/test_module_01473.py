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

    def test_shelve_flavor_0(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertGreater(len(self.flavors), 0)
        self.assertIsInstance(flavor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNotNone(flavor['id'])

    def test_rebuild_flavor_1(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.assertIsInstance(flavor, dict)
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIsInstance(flavor, dict)
        self.assertIsNone(flavor.get('fault'))
        self.assertIsInstance(flavor, dict)
        self.assertEqual('BUILD', flavor['status'])

    def test_lock_flavor_2(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('ERROR', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.assertIsNone(flavor.get('fault'))

    def test_resize_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsNotNone(flavor['id'])
        self.assertIsNotNone(flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertGreater(len(self.flavors), 0)

    def test_live_migrate_flavor_4(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
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

    def test_rescue_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsInstance(flavor, dict)
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        flavor['metadata'] = {'key': 'error', 'count': 50}
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsInstance(flavor, dict)
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_create_flavor_1(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIsInstance(flavor, dict)
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('SHUTOFF', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 83}
        self.assertEqual('ERROR', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')

    def test_delete_flavor_2(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])

    def test_live_migrate_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('BUILD', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
