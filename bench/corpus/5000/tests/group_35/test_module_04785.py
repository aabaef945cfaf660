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

    def test_resize_flavor_0(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertTrue(len(self.flavors) > 0)
        self.assertTrue(isinstance(flavor, dict))
        # The flavor must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ERROR')

    def test_lock_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual(flavor.get('fault'), None)
        self.api.post_flavor_action(flavor['id'], {'evacuate': None})  # noqa
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa
        flavor['metadata'] = {'key': 'verify_resize', 'count': 51}
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached ACTIVE')

    def test_rebuild_flavor_2(self):
        # rebuild a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        # The flavor must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(flavor))
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached SHUTOFF')
        self.assertTrue('BUILD' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
