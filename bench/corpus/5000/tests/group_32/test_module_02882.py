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

    def test_evacuate_flavor_0(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_delete_flavor_1(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('ERROR', flavor['status'])

    def test_rebuild_flavor_2(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertIsInstance(flavor, dict)
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        flavor['metadata'] = {'key': 'error', 'count': 43}
        self.assertEqual('ERROR', flavor['status'])

    def test_delete_flavor_3(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsInstance(flavor, dict)
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa

    def test_attach_flavor_4(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        flavor['metadata'] = {'key': 'verify_resize', 'count': 25}
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        flavor['metadata'] = {'key': 'error', 'count': 27}
        flavor['metadata'] = {'key': 'shutoff', 'count': 37}
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_resize_flavor_0(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsInstance(flavor, dict)
        self.assertEqual('BUILD', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.assertIsInstance(flavor, dict)
        self.assertEqual('ERROR', flavor['status'])
        self.assertIsInstance(flavor, dict)
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.assertIsInstance(flavor, dict)
        flavor['metadata'] = {'key': 'shutoff', 'count': 73}

    def test_delete_flavor_1(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.assertEqual('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'migrating', 'count': 30}
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertIsNone(flavor.get('fault'))

    def test_evacuate_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNotNone(flavor['id'])
        self.assertIn('metadata', flavor)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
