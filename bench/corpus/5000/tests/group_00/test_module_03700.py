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

    def test_attach_flavor_0(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('ERROR', flavor['status'])
        flavor['metadata'] = {'key': 'active', 'count': 80}
        self.assertIsInstance(flavor, dict)
        flavor['metadata'] = {'key': 'build', 'count': 97}
        self.assertIsInstance(flavor, dict)

    def test_evacuate_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        flavor['metadata'] = {'key': 'migrating', 'count': 61}
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])

    def test_create_flavor_2(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'migrating', 'count': 36}
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNone(flavor.get('fault'))
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
