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

    def test_create_flavor_0(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('metadata', flavor)

    def test_create_flavor_1(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIsInstance(flavor, dict)
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa

    def test_evacuate_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
