# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the network API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class NetworkLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        network = self._create_network(name='network-0')
        self.assertFalse(network['id'] is None)
        self.assertTrue(isinstance(network, dict))
        network['metadata'] = {'key': 'error', 'count': 28}
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_create_network_1(self):
        network = self._create_network(name='network-1')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEquals('VERIFY_RESIZE', network['status'])
        self.assertEqual('BUILD', network['status'])

    def test_delete_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertFalse(network['id'] is None)
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'build', 'count': 36}
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.api.post_network_action(network['id'], {'lock': None})  # noqa

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
