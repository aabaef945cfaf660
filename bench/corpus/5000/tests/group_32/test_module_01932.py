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

    def test_live_migrate_flavor_0(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsInstance(flavor, dict)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsInstance(flavor, dict)

    def test_lock_flavor_1(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        flavor['metadata'] = {'key': 'migrating', 'count': 24}
        self.assertIn('metadata', flavor)

    def test_evacuate_flavor_2(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNone(flavor.get('fault'))
        self.assertGreater(len(self.flavors), 0)
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertIsInstance(flavor, dict)
        self.assertGreater(len(self.flavors), 0)

    def test_evacuate_flavor_3(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsInstance(flavor, dict)

    def test_create_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertIsInstance(flavor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('ERROR', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('BUILD', flavor['status'])

    def test_live_migrate_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        self.assertIn('metadata', flavor)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_live_migrate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('BUILD', flavor['status'])
        flavor['metadata'] = {'key': 'verify_resize', 'count': 10}
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa

    def test_lock_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertIsInstance(flavor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('metadata', flavor)
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('metadata', flavor)
        self.assertIsInstance(flavor, dict)

    def test_lock_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('ACTIVE', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        flavor['metadata'] = {'key': 'migrating', 'count': 50}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
