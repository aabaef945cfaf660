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


class FlavorAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_lock_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertIsNone(flavor.get('fault'))
        self.assertIsInstance(flavor, dict)

    def test_resize_flavor_1(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        flavor['metadata'] = {'key': 'verify_resize', 'count': 11}
        self.assertIsNone(flavor.get('fault'))
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('SHUTOFF', flavor['status'])

    def test_rescue_flavor_2(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('metadata', flavor)
        self.assertIsInstance(flavor, dict)
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        flavor['metadata'] = {'key': 'migrating', 'count': 21}
        self.assertIsNotNone(flavor['id'])
        self.assertGreater(len(self.flavors), 0)

    def test_delete_flavor_3(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('ERROR', flavor['status'])
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('metadata', flavor)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_evacuate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('metadata', flavor)
        self.assertIsNotNone(flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertIsNone(flavor.get('fault'))
        flavor['metadata'] = {'key': 'error', 'count': 93}
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertGreater(len(self.flavors), 0)
        self.assertGreater(len(self.flavors), 0)

    def test_rescue_flavor_1(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNone(flavor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        flavor['metadata'] = {'key': 'build', 'count': 7}
        flavor['metadata'] = {'key': 'verify_resize', 'count': 49}

    def test_attach_flavor_2(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsNotNone(flavor['id'])
        self.assertIsInstance(flavor, dict)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])

    def test_live_migrate_flavor_3(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNotNone(flavor['id'])
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsInstance(flavor, dict)
        flavor['metadata'] = {'key': 'build', 'count': 85}
        self.assertIsNone(flavor.get('fault'))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
