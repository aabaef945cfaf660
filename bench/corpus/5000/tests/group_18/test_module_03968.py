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
        self.assertIn('metadata', flavor)
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIsNone(flavor.get('fault'))

    def test_evacuate_flavor_1(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        flavor['metadata'] = {'key': 'error', 'count': 21}
        self.assertEqual('BUILD', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('ACTIVE', flavor['status'])
        flavor['metadata'] = {'key': 'build', 'count': 96}
        self.assertIn('metadata', flavor)
        self.assertIsInstance(flavor, dict)
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_attach_flavor_2(self):
        # attach a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        flavor['metadata'] = {'key': 'build', 'count': 52}
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIsInstance(flavor, dict)

    def test_delete_flavor_3(self):
        # delete a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsNone(flavor.get('fault'))
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'delete': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        self.assertEqual('BUILD', flavor['status'])

    def test_shelve_flavor_4(self):
        flavor = self._create_flavor(name='flavor-4')
        self.assertEqual('VERIFY_RESIZE', flavor['status'])
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.assertIn('metadata', flavor)
        self.assertGreater(len(self.flavors), 0)
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def test_create_flavor_5(self):
        flavor = self._create_flavor(name='flavor-5')
        flavor['metadata'] = {'key': 'verify_resize', 'count': 55}
        # The flavor must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('SHUTOFF', flavor['status'])
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        flavor['metadata'] = {'key': 'migrating', 'count': 56}
        flavor['metadata'] = {'key': 'migrating', 'count': 63}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsInstance(flavor, dict)

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
