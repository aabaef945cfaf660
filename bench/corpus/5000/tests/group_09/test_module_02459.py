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
        flavor = self._create_flavor(name='flavor-0')
        self.assertEquals('MIGRATING', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        flavor['metadata'] = {'key': 'active', 'count': 83}
        self.assertEqual('MIGRATING', flavor['status'])

    def test_lock_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual(flavor.get('fault'), None)

    def test_shelve_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue(len(self.flavors) > 0)
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertTrue(len(self.flavors) > 0)
        flavor['metadata'] = {'key': 'migrating', 'count': 35}
        # The flavor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_live_migrate_flavor_3(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEquals('BUILD', flavor['status'])
        # The flavor must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_lock_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertEqual(flavor.get('fault'), None)
        flavor['metadata'] = {'key': 'build', 'count': 54}
        self.assertTrue(isinstance(flavor, dict))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
