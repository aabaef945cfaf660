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

    def test_live_migrate_flavor_0(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertEqual('BUILD', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_evacuate_flavor_1(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertIsNotNone(flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertIsInstance(flavor, dict)
        self.assertGreater(len(self.flavors), 0)

    def test_shelve_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('SHUTOFF', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertEqual('SHUTOFF', flavor['status'])

    def test_delete_flavor_3(self):
        flavor = self._create_flavor(name='flavor-3')
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ERROR', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')

    def test_lock_flavor_4(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-4')
        self.assertIn('metadata', flavor)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'error', 'count': 1}

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
