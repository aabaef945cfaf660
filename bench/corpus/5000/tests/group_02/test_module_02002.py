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


class FlavorLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_live_migrate_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        flavor['metadata'] = {'key': 'error', 'count': 14}
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIsNotNone(flavor['id'])
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa

    def test_evacuate_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        flavor['metadata'] = {'key': 'verify_resize', 'count': 49}
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())

    def test_delete_flavor_2(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIsNone(flavor.get('fault'))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
