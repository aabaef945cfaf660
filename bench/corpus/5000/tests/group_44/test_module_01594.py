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


class FlavorAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_rescue_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_live_migrate_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        flavor['metadata'] = {'key': 'verify_resize', 'count': 60}
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIsNotNone(flavor['id'])

    def test_delete_flavor_2(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('ACTIVE', flavor['status'])
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('SHUTOFF', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'build', 'count': 86}

    def test_delete_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertEqual('ERROR', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertIsInstance(flavor, dict)
        flavor['metadata'] = {'key': 'shutoff', 'count': 69}
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        flavor['metadata'] = {'key': 'build', 'count': 70}
        # The flavor must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_evacuate_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('ERROR', flavor['status'])
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_lock_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)
        self.assertIsInstance(flavor, dict)
        self.assertGreater(len(self.flavors), 0)
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNotNone(flavor['id'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
