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

    def test_delete_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')

    def test_delete_flavor_1(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('SHUTOFF', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa

    def test_rescue_flavor_2(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIn('metadata', flavor)
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        flavor['metadata'] = {'key': 'error', 'count': 50}
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa

    def test_create_flavor_3(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.assertEqual('SHUTOFF', flavor['status'])
        flavor['metadata'] = {'key': 'active', 'count': 75}
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_resize_flavor_4(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertGreater(len(self.flavors), 0)
        flavor['metadata'] = {'key': 'error', 'count': 17}
        self.assertIsInstance(flavor, dict)
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIn('metadata', flavor)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
