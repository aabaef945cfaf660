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


class FlavorResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for flavor actions."""

    def setUp(self):
        super().setUp()
        self.flavors = []

    def test_create_flavor_0(self):
        flavor = self._create_flavor(name='flavor-0')
        self.assertFalse(flavor['id'] is None)
        self.assertEqual('BUILD', flavor['status'])
        self.assertFalse(flavor['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertFalse(flavor['id'] is None)
        self.assertIn('metadata', flavor)

    def test_lock_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(flavor, dict))
        self.assertIn('metadata', flavor)
        self.assertTrue('ERROR' in [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertTrue(len(self.flavors) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.api.post_flavor_action(flavor['id'], {'live_migrate': None})  # noqa
        self.assertTrue(flavor['status'] == 'VERIFY_RESIZE')
        self.assertTrue(len(self.flavors) > 0)

    def test_evacuate_flavor_2(self):
        # evacuate a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertTrue(isinstance(flavor, dict))
        self.assertTrue(len(self.flavors) > 0)
        self.assertEqual('BUILD', flavor['status'])
        self.assertEquals('ERROR', flavor['status'])
        self.assertTrue(flavor['status'] == 'BUILD')
        self.api.post_flavor_action(flavor['id'], {'attach': None})  # noqa

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
