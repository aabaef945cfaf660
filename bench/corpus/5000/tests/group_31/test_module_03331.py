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

    def test_rescue_flavor_0(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.api.post_flavor_action(flavor['id'], {'shelve': None})  # noqa
        flavor['metadata'] = {'key': 'shutoff', 'count': 0}
        self.assertGreater(len(self.flavors), 0)

    def test_live_migrate_flavor_1(self):
        # live migrate a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        flavor['metadata'] = {'key': 'active', 'count': 62}
        self.assertIsNone(flavor.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        # The flavor must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))

    def test_live_migrate_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertIsInstance(flavor, dict)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')
        flavor['metadata'] = {'key': 'verify_resize', 'count': 58}
        flavor['metadata'] = {'key': 'verify_resize', 'count': 77}
        self.assertIn('metadata', flavor)
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa

    def test_rescue_flavor_3(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-3')
        self.assertIsNone(flavor.get('fault'))
        flavor['metadata'] = {'key': 'build', 'count': 63}
        self.assertEqual('BUILD', flavor['status'])
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)
        self.assertIsNotNone(flavor['id'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor


class FlavorLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_rescue_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertGreater(len(self.flavors), 0)
        self.assertIn('metadata', flavor)
        self.assertIsInstance(flavor, dict)
        self.assertGreater(len(self.flavors), 0)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached MIGRATING')
        # The flavor must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertEqual('ERROR', flavor['status'])

    def test_lock_flavor_1(self):
        # lock a flavor and check its state
        flavor = self._create_flavor(name='flavor-1')
        # The flavor must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')
        self.api.post_flavor_action(flavor['id'], {'resize': None})  # noqa
        self.assertGreater(len(self.flavors), 0)

    def test_attach_flavor_2(self):
        flavor = self._create_flavor(name='flavor-2')
        self.assertEqual('ERROR', flavor['status'])
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIsNone(flavor.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', flavor['status'])
        self.assertEqual('VERIFY_RESIZE', flavor['status'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
