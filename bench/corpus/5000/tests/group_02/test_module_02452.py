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


class FlavorLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_create_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsNotNone(flavor['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        flavor['metadata'] = {'key': 'verify_resize', 'count': 38}
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')

    def test_lock_flavor_1(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertIsNone(flavor.get('fault'))
        flavor['metadata'] = {'key': 'verify_resize', 'count': 90}
        self.assertEqual('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        self.assertIn('metadata', flavor)

    def test_live_migrate_flavor_2(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        flavor['metadata'] = {'key': 'migrating', 'count': 96}
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])
        flavor['metadata'] = {'key': 'build', 'count': 9}

    def test_delete_flavor_3(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsInstance(flavor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertIsNone(flavor.get('fault'))

    def test_create_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ERROR', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_shelve_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        flavor['metadata'] = {'key': 'migrating', 'count': 39}
        self.assertIsInstance(flavor, dict)
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNotNone(flavor['id'])

    def test_create_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsInstance(flavor, dict)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)
        self.assertIsInstance(flavor, dict)

    def test_rescue_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        flavor['metadata'] = {'key': 'verify_resize', 'count': 62}
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        self.assertIsInstance(flavor, dict)
        self.assertIn('metadata', flavor)
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_shelve_flavor_3(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 45}
        flavor['metadata'] = {'key': 'migrating', 'count': 32}

    def test_rebuild_flavor_4(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('ERROR', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertGreater(len(self.flavors), 0)
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('metadata', flavor)

    def test_live_migrate_flavor_5(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-5')
        self.assertIsInstance(flavor, dict)
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'migrating', 'count': 63}

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
