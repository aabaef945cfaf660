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

    def test_lock_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        flavor['metadata'] = {'key': 'active', 'count': 57}
        self.assertIsNone(flavor.get('fault'))
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa

    def test_lock_flavor_1(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIsInstance(flavor, dict)

    def test_rescue_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsInstance(flavor, dict)
        flavor['metadata'] = {'key': 'error', 'count': 43}
        flavor['metadata'] = {'key': 'active', 'count': 8}

    def test_evacuate_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', flavor)
        self.assertEqual('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('SHUTOFF', flavor['status'])

    def test_create_flavor_4(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_shelve_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        flavor['metadata'] = {'key': 'verify_resize', 'count': 95}
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        self.assertGreater(len(self.flavors), 0)
        flavor['metadata'] = {'key': 'verify_resize', 'count': 17}
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ACTIVE', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
