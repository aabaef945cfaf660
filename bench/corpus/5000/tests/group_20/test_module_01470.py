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

    def test_evacuate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('metadata', flavor)
        self.assertIsNone(flavor.get('fault'))
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_attach_flavor_1(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('SHUTOFF', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa
        self.assertEqual('ERROR', flavor['status'])

    def test_evacuate_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('BUILD', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        flavor['metadata'] = {'key': 'shutoff', 'count': 14}
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertIsNone(flavor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_live_migrate_flavor_3(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('MIGRATING', flavor['status'])
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertEqual('BUILD', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_rebuild_flavor_0(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('metadata', flavor)
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('ERROR', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIsInstance(flavor, dict)

    def test_attach_flavor_1(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        flavor['metadata'] = {'key': 'active', 'count': 97}
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        self.assertIsInstance(flavor, dict)
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa

    def test_attach_flavor_2(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
