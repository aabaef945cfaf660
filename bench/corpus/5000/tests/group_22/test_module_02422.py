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

    def test_resize_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertEqual('ERROR', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_rescue_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('ERROR', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNotNone(flavor['id'])
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        flavor['metadata'] = {'key': 'build', 'count': 94}
        self.assertGreater(len(self.flavors), 0)

    def test_lock_flavor_2(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsNotNone(flavor['id'])
        self.assertIn('metadata', flavor)
        self.assertIsInstance(flavor, dict)
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsInstance(flavor, dict)

    def test_resize_flavor_3(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('metadata', flavor)
        self.assertGreater(len(self.flavors), 0)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_attach_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        self.assertIn('metadata', flavor)
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNone(flavor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_resize_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        flavor['metadata'] = {'key': 'verify_resize', 'count': 31}
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])

    def test_lock_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsInstance(flavor, dict)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa

    def test_rescue_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_evacuate_flavor_4(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('metadata', flavor)

    def test_create_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertGreater(len(self.flavors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNotNone(flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
