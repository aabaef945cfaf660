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

    def test_live_migrate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('ERROR', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue('MIGRATING' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'error', 'count': 20}
        self.assertTrue('BUILD' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue('BUILD' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertTrue(flavor['status'] == 'ACTIVE')

    def test_delete_flavor_1(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        # The flavor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        # The flavor must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEquals('SHUTOFF', flavor['status'])
        flavor['metadata'] = {'key': 'verify_resize', 'count': 55}
        self.assertFalse(flavor['id'] is None)

    def test_rebuild_flavor_2(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertFalse(flavor['id'] is None)
        self.assertEquals('BUILD', flavor['status'])
        self.assertTrue(isinstance(flavor, dict))
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertFalse(flavor['id'] is None)

    def test_lock_flavor_3(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertFalse(flavor['id'] is None)
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertTrue(isinstance(flavor, dict))
        self.assertEquals('ERROR', flavor['status'])

    def test_evacuate_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(len(self.flavors) > 0)
        self.assertIn('metadata', flavor)
        # The flavor must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEquals('BUILD', flavor['status'])
        self.assertTrue(flavor['status'] == 'ACTIVE')
        self.assertFalse(flavor['id'] is None)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
