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


class FlavorRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_attach_flavor_0(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('metadata', flavor)
        self.assertEqual('ERROR', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        flavor['metadata'] = {'key': 'active', 'count': 38}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.assertEqual('ACTIVE', flavor['status'])

    def test_live_migrate_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'error', 'count': 30}
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_delete_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.flavors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_rebuild_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('SHUTOFF', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_lock_flavor_0(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIsInstance(flavor, dict)
        flavor['metadata'] = {'key': 'error', 'count': 20}
        flavor['metadata'] = {'key': 'active', 'count': 39}
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.assertGreater(len(self.flavors), 0)

    def test_shelve_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('MIGRATING', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')

    def test_shelve_flavor_2(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIsNotNone(flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'migrating', 'count': 85}
        self.assertEqual('MIGRATING', flavor['status'])

    def test_evacuate_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertIn('metadata', flavor)
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'error', 'count': 0}

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
