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


class NetworkCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rescue_network_0(self):
        # rescue a network and check its state
        network = self._create_network(name='network-0')
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIsNotNone(network['id'])

    def test_evacuate_network_1(self):
        network = self._create_network(name='network-1')
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'build', 'count': 91}
        self.assertIsNone(network.get('fault'))

    def test_delete_network_2(self):
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
