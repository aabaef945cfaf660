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


class FlavorCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_create_flavor_0(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_resize_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsInstance(flavor, dict)
        flavor['metadata'] = {'key': 'active', 'count': 2}
        flavor['metadata'] = {'key': 'build', 'count': 72}

    def test_lock_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))

    def test_shelve_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertGreater(len(self.flavors), 0)
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        self.assertIsNone(flavor.get('fault'))
        flavor['metadata'] = {'key': 'error', 'count': 1}
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

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
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsInstance(flavor, dict)
        flavor['metadata'] = {'key': 'error', 'count': 19}
        self.assertEqual('SHUTOFF', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_evacuate_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertEqual('ERROR', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 92}
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        flavor['metadata'] = {'key': 'shutoff', 'count': 11}
        flavor['metadata'] = {'key': 'error', 'count': 62}
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_rebuild_flavor_2(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsInstance(flavor, dict)
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
