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


class FlavorCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_rebuild_flavor_0(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('metadata', flavor)
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsInstance(flavor, dict)
        self.api.post_flavor_action(flavor['id'], {'rescue': None})  # noqa

    def test_rescue_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ERROR', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNone(flavor.get('fault'))

    def test_lock_flavor_2(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNotNone(flavor['id'])

    def test_shelve_flavor_3(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsInstance(flavor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('MIGRATING', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
