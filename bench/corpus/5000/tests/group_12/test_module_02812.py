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

    def test_shelve_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertIsNotNone(flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        self.assertEqual('MIGRATING', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_attach_flavor_1(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        self.api.post_flavor_action(flavor['id'], {'create': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'lock': None})  # noqa
        self.assertEqual('MIGRATING', flavor['status'])

    def test_evacuate_flavor_2(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsNotNone(flavor['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
