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


class FlavorEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_shelve_flavor_0(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ERROR', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('SHUTOFF', flavor['status'])

    def test_lock_flavor_1(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_shelve_flavor_2(self):
        # shelve a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('ERROR', flavor['status'])
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_evacuate_flavor_3(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertEqual('ERROR', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertIsInstance(flavor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        flavor['metadata'] = {'key': 'error', 'count': 75}
        flavor['metadata'] = {'key': 'build', 'count': 50}
        self.assertIsInstance(flavor, dict)
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
