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

    def test_shelve_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertEqual('ACTIVE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa
        self.assertEqual('ACTIVE', flavor['status'])

    def test_attach_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('SHUTOFF', flavor['status'])

    def test_live_migrate_flavor_2(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('ERROR', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('SHUTOFF', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNone(flavor.get('fault'))
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('metadata', flavor)
        self.assertEqual('MIGRATING', flavor['status'])

    def test_evacuate_flavor_3(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsInstance(flavor, dict)
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_live_migrate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)

    def test_attach_flavor_1(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('BUILD', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNone(flavor.get('fault'))
        self.assertIsInstance(flavor, dict)
        self.assertIn('metadata', flavor)
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_create_flavor_2(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_attach_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        flavor['metadata'] = {'key': 'migrating', 'count': 66}
        flavor['metadata'] = {'key': 'migrating', 'count': 10}

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
