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
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('ERROR', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        self.assertIsNotNone(flavor['id'])
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_create_flavor_1(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('BUILD', flavor['status'])
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        flavor['metadata'] = {'key': 'verify_resize', 'count': 26}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertEqual('BUILD', flavor['status'])
        flavor['metadata'] = {'key': 'verify_resize', 'count': 64}

    def test_lock_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        flavor['metadata'] = {'key': 'migrating', 'count': 67}
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('BUILD', flavor['status'])
        flavor['metadata'] = {'key': 'error', 'count': 57}
        flavor['metadata'] = {'key': 'error', 'count': 29}

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_delete_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        flavor['metadata'] = {'key': 'error', 'count': 45}
        self.assertEqual('BUILD', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertIsNone(flavor.get('fault'))

    def test_live_migrate_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertGreater(len(self.flavors), 0)

    def test_evacuate_flavor_2(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsNotNone(flavor['id'])

    def test_rebuild_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        self.assertGreater(len(self.flavors), 0)

    def test_evacuate_flavor_4(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertEqual('ERROR', flavor['status'])
        flavor['metadata'] = {'key': 'build', 'count': 57}
        self.assertIsNone(flavor.get('fault'))

    def test_create_flavor_5(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-5')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertEqual('BUILD', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
