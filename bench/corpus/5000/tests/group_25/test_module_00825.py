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


class FlavorLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_rescue_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsNotNone(flavor['id'])
        self.assertIn('metadata', flavor)
        self.assertGreater(len(self.flavors), 0)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa

    def test_shelve_flavor_1(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.assertGreater(len(self.flavors), 0)

    def test_shelve_flavor_2(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('metadata', flavor)
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_live_migrate_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertEqual('BUILD', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        flavor['metadata'] = {'key': 'migrating', 'count': 51}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertGreater(len(self.flavors), 0)

    def test_rebuild_flavor_4(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertEqual('ERROR', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        self.assertIsNotNone(flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_delete_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        self.assertIn('metadata', flavor)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        flavor['metadata'] = {'key': 'active', 'count': 80}
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_rebuild_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertGreater(len(self.flavors), 0)

    def test_rescue_flavor_1(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('SHUTOFF', flavor['status'])

    def test_delete_flavor_2(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsNotNone(flavor['id'])
        flavor['metadata'] = {'key': 'migrating', 'count': 54}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
