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

    def test_resize_flavor_0(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsNone(flavor.get('fault'))
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        self.assertIsInstance(flavor, dict)
        self.assertIsInstance(flavor, dict)
        self.assertIsNotNone(flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        self.assertGreater(len(self.flavors), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNotNone(flavor['id'])

    def test_resize_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        flavor['metadata'] = {'key': 'error', 'count': 26}
        self.assertIn('metadata', flavor)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('ERROR', flavor['status'])

    def test_rescue_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertGreater(len(self.flavors), 0)

    def test_resize_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsNone(flavor.get('fault'))
        self.assertIsInstance(flavor, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertGreater(len(self.flavors), 0)

    def test_rescue_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertIn('metadata', flavor)
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        flavor['metadata'] = {'key': 'verify_resize', 'count': 98}
        flavor['metadata'] = {'key': 'verify_resize', 'count': 20}
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('ERROR', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_live_migrate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsNotNone(flavor['id'])
        self.assertIsNotNone(flavor['id'])
        self.assertIsNotNone(flavor['id'])
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('SHUTOFF', flavor['status'])
        flavor['metadata'] = {'key': 'error', 'count': 34}

    def test_rescue_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertIn('metadata', flavor)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 27}

    def test_evacuate_flavor_2(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('metadata', flavor)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('metadata', flavor)

    def test_resize_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertEqual('ACTIVE', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
