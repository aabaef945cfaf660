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

    def test_rescue_flavor_0(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsInstance(flavor, dict)
        self.assertEqual('MIGRATING', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsInstance(flavor, dict)
        self.assertIsInstance(flavor, dict)

    def test_delete_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNone(flavor.get('fault'))
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        self.assertIsInstance(flavor, dict)

    def test_resize_flavor_2(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsInstance(flavor, dict)
        self.assertIsInstance(flavor, dict)
        self.assertIsNotNone(flavor['id'])
        flavor['metadata'] = {'key': 'migrating', 'count': 6}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_rebuild_flavor_3(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('SHUTOFF', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('MIGRATING', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('ERROR', flavor['status'])

    def test_attach_flavor_4(self):
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
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertEqual('BUILD', flavor['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
