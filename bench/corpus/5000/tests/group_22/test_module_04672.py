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


class FlavorEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_resize_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')

    def test_evacuate_flavor_1(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa

    def test_create_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('ERROR', flavor['status'])
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
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

    def test_live_migrate_flavor_0(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_rescue_flavor_1(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('metadata', flavor)
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNotNone(flavor['id'])
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa

    def test_rebuild_flavor_2(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIn('metadata', flavor)
        self.assertEqual('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('metadata', flavor)

    def test_rebuild_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertGreater(len(self.flavors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        self.assertIsInstance(flavor, dict)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
