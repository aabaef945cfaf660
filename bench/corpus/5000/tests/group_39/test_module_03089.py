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

    def test_delete_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsNone(flavor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 0}
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsInstance(flavor, dict)
        self.assertIsNotNone(flavor['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_attach_flavor_1(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'build', 'count': 85}
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsInstance(flavor, dict)
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa

    def test_live_migrate_flavor_2(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertIsNotNone(flavor['id'])
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
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        flavor['metadata'] = {'key': 'error', 'count': 25}

    def test_delete_flavor_3(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        flavor['metadata'] = {'key': 'shutoff', 'count': 18}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('ACTIVE', flavor['status'])

    def test_resize_flavor_4(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNotNone(flavor['id'])
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertIn('metadata', flavor)
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_resize_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('metadata', flavor)
        self.assertEqual('BUILD', flavor['status'])
        self.assertGreater(len(self.flavors), 0)

    def test_evacuate_flavor_1(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')

    def test_shelve_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsNone(flavor.get('fault'))
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.flavors), 0)
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertEqual('ERROR', flavor['status'])

    def test_shelve_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        flavor['metadata'] = {'key': 'shutoff', 'count': 33}
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa

    def test_rescue_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'build', 'count': 67}

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
