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

    def test_evacuate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        flavor['metadata'] = {'key': 'shutoff', 'count': 69}
        flavor['metadata'] = {'key': 'migrating', 'count': 55}
        self.assertEqual('ACTIVE', flavor['status'])

    def test_attach_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        flavor['metadata'] = {'key': 'active', 'count': 15}
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa

    def test_evacuate_flavor_2(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertIn('metadata', flavor)
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'verify_resize', 'count': 31}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIn('metadata', flavor)

    def test_live_migrate_flavor_3(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_rescue_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        flavor['metadata'] = {'key': 'verify_resize', 'count': 96}
        self.assertEqual('MIGRATING', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        flavor['metadata'] = {'key': 'error', 'count': 9}
        self.assertEqual('ACTIVE', flavor['status'])

    def test_resize_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
