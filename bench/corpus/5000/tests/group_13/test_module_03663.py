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

    def test_rescue_flavor_0(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertGreater(len(self.flavors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('BUILD', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        self.assertIsInstance(flavor, dict)
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('MIGRATING', flavor['status'])

    def test_attach_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertEqual('ACTIVE', flavor['status'])

    def test_evacuate_flavor_2(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertGreater(len(self.flavors), 0)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertIn('metadata', flavor)
        self.assertGreater(len(self.flavors), 0)

    def test_rescue_flavor_3(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertGreater(len(self.flavors), 0)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_shelve_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsNotNone(flavor['id'])
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertGreater(len(self.flavors), 0)
        self.assertIsInstance(flavor, dict)
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsNotNone(flavor['id'])

    def test_rebuild_flavor_1(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')

    def test_live_migrate_flavor_2(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'verify_resize', 'count': 88}
        self.assertEqual('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'build', 'count': 36}

    def test_rescue_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsInstance(flavor, dict)
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNotNone(flavor['id'])
        self.assertIn('metadata', flavor)
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsInstance(flavor, dict)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')

    def test_rescue_flavor_4(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertIn('metadata', flavor)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
