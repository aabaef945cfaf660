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

    def test_create_flavor_0(self):
        # create a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('metadata', flavor)
        self.assertEqual('BUILD', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertEqual('ERROR', flavor['status'])

    def test_delete_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertIsInstance(flavor, dict)
        self.assertEqual('ERROR', flavor['status'])
        self.assertIn('metadata', flavor)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('metadata', flavor)

    def test_lock_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertEqual('BUILD', flavor['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        self.assertGreater(len(self.flavors), 0)

    def test_live_migrate_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertGreater(len(self.flavors), 0)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
