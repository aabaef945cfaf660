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


class FlavorShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_rescue_flavor_0(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsInstance(flavor, dict)
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertIsNotNone(flavor['id'])
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('BUILD', flavor['status'])
        self.assertIsNone(flavor.get('fault'))

    def test_attach_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        flavor['metadata'] = {'key': 'verify_resize', 'count': 43}
        self.assertEqual('ERROR', flavor['status'])
        self.assertIsInstance(flavor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ACTIVE', flavor['status'])

    def test_delete_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertGreater(len(self.flavors), 0)
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        flavor['metadata'] = {'key': 'active', 'count': 54}
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_create_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsNone(flavor.get('fault'))
        self.assertGreater(len(self.flavors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNotNone(flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_evacuate_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('ERROR', flavor['status'])
        flavor['metadata'] = {'key': 'verify_resize', 'count': 3}
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('metadata', flavor)
        self.assertIsInstance(flavor, dict)
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_resize_flavor_5(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-5')
        self.assertIn('metadata', flavor)
        flavor['metadata'] = {'key': 'active', 'count': 56}
        self.assertIsNotNone(flavor['id'])
        self.assertIsInstance(flavor, dict)
        self.assertIn('metadata', flavor)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
