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

    def test_shelve_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIsInstance(flavor, dict)
        self.assertIn('metadata', flavor)
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('BUILD', flavor['status'])

    def test_rescue_flavor_1(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('SHUTOFF', flavor['status'])
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertEqual('BUILD', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.assertIsInstance(flavor, dict)
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_shelve_flavor_2(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertIn('metadata', flavor)
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNone(flavor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_evacuate_flavor_3(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('ERROR', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        flavor['metadata'] = {'key': 'error', 'count': 71}
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_rescue_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsInstance(flavor, dict)
        self.assertEqual('ERROR', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        self.assertIsNone(flavor.get('fault'))

    def test_delete_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('ERROR', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNone(flavor.get('fault'))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
