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


class NetworkLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_shelve_network_0(self):
        # shelve a network and check its state
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', network['status'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNotNone(network['id'])

    def test_rescue_network_1(self):
        # rescue a network and check its state
        network = self._create_network(name='network-1')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('metadata', network)

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ERROR', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
