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

    def test_evacuate_flavor_0(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertFalse(flavor['id'] is None)
        self.assertIn('metadata', flavor)
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(flavor['status'] == 'MIGRATING')
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        self.assertEquals('MIGRATING', flavor['status'])

    def test_resize_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertTrue(flavor['status'] == 'ERROR')
        self.assertFalse(flavor['id'] is None)
        self.assertIn('metadata', flavor)
        self.assertEqual(flavor.get('fault'), None)
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertFalse(flavor['id'] is None)
        flavor['metadata'] = {'key': 'verify_resize', 'count': 68}
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual(flavor.get('fault'), None)
        flavor['metadata'] = {'key': 'active', 'count': 25}

    def test_rescue_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(isinstance(flavor, dict))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')

    def test_delete_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        flavor['metadata'] = {'key': 'shutoff', 'count': 53}
        flavor['metadata'] = {'key': 'build', 'count': 61}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(flavor['status'] == 'MIGRATING')

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
