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


class FlavorRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_evacuate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('metadata', flavor)
        self.assertIsInstance(flavor, dict)
        self.assertEqual('SHUTOFF', flavor['status'])

    def test_rebuild_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertIn('metadata', flavor)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 66}
        self.assertIsInstance(flavor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_lock_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        flavor['metadata'] = {'key': 'migrating', 'count': 55}

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
