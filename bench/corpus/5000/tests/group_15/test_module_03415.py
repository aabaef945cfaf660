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
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('metadata', flavor)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        flavor['metadata'] = {'key': 'shutoff', 'count': 3}

    def test_evacuate_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        flavor['metadata'] = {'key': 'active', 'count': 80}
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'active', 'count': 9}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_rescue_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('BUILD', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIsInstance(flavor, dict)
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_attach_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertIsNone(flavor.get('fault'))
        self.assertIsInstance(flavor, dict)
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_attach_flavor_4(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        self.assertIsNotNone(flavor['id'])
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_live_migrate_flavor_0(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsNotNone(flavor['id'])

    def test_resize_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        flavor['metadata'] = {'key': 'error', 'count': 76}
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        flavor['metadata'] = {'key': 'build', 'count': 78}

    def test_lock_flavor_2(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertGreater(len(self.flavors), 0)
        self.assertGreater(len(self.flavors), 0)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
