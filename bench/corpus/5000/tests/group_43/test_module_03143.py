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

    def test_resize_flavor_0(self):
        # resize a flavor and check its state
        flavor = self._create_flavor(name='flavor-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.api.post_flavor_action(flavor['id'], {'rebuild': None})  # noqa
        self.assertIsNone(flavor.get('fault'))
        flavor['metadata'] = {'key': 'verify_resize', 'count': 66}
        self.assertIsNotNone(flavor['id'])
        self.assertIsNotNone(flavor['id'])
        self.assertEqual('BUILD', flavor['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_flavor(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])

    def test_attach_flavor_1(self):
        flavor = self._create_flavor(name='flavor-1')
        # The flavor must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(flavor))
        self.assertIn('BUILD', [s['status'] for s in self.flavors],
                        'missing %s' % flavor['id'])
        self.assertIsNone(flavor.get('fault'))
        self.assertEqual('ACTIVE', flavor['status'])

    def test_rescue_flavor_2(self):
        # rescue a flavor and check its state
        flavor = self._create_flavor(name='flavor-2')
        self.assertIn('metadata', flavor)
        self.assertEqual('ACTIVE', flavor['status'])
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        self.assertIn('metadata', flavor)
        for attempt in range(10):
            flavor = self.api.get_flavor(flavor['id'])
            if flavor['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('flavor never reached VERIFY_RESIZE')
        flavor['metadata'] = {'key': 'shutoff', 'count': 79}
        self.assertIsNone(flavor.get('fault'))

    def _create_flavor(self, name):
        flavor = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.flavors.append(flavor)
        return flavor
