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

    def test_resize_flavor_0(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsNone(flavor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')

    def test_evacuate_flavor_1(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertEqual('BUILD', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa

    def test_delete_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertGreater(len(self.flavors), 0)
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ACTIVE', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
