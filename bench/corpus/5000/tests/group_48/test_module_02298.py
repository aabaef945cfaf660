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


class FlavorDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_rebuild_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertFalse(flavor['id'] is None)
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEquals('MIGRATING', flavor['status'])
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEquals('BUILD', flavor['status'])

    def test_attach_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        flavor['metadata'] = {'key': 'error', 'count': 74}
        # The flavor must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertFalse(flavor['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue(len(self.flavors) > 0)

    def test_live_migrate_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        self.assertEqual(flavor.get('fault'), None)
        self.assertTrue(isinstance(flavor, dict))
        flavor['metadata'] = {'key': 'active', 'count': 56}
        self.assertIn('metadata', flavor)

    def test_evacuate_flavor_3(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 93}
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa

    def test_resize_flavor_4(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertFalse(flavor['id'] is None)
        self.assertTrue(flavor['status'] == 'SHUTOFF')
        self.assertEqual(flavor.get('fault'), None)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached BUILD')

    def test_live_migrate_flavor_5(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-5')
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual('BUILD', flavor['status'])
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual('MIGRATING', flavor['status'])
        # The flavor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
