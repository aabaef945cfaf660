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


class FlavorShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_live_migrate_flavor_0(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsNotNone(flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNotNone(flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertIsNotNone(flavor['id'])
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')

    def test_rebuild_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('ERROR', flavor['status'])
        flavor['metadata'] = {'key': 'shutoff', 'count': 58}
        self.assertIsNone(flavor.get('fault'))
        flavor['metadata'] = {'key': 'migrating', 'count': 18}

    def test_shelve_flavor_2(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIn('metadata', flavor)
        self.assertIsNotNone(flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('SHUTOFF', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)
        self.assertIsInstance(flavor, dict)
        self.assertGreater(len(self.flavors), 0)

    def test_delete_flavor_3(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsInstance(flavor, dict)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

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
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'active', 'count': 69}
        flavor['metadata'] = {'key': 'build', 'count': 72}
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 0}
        self.assertIsNone(flavor.get('fault'))

    def test_shelve_flavor_1(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('BUILD', flavor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertEqual('MIGRATING', flavor['status'])

    def test_shelve_flavor_2(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertEqual('MIGRATING', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 70}
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
