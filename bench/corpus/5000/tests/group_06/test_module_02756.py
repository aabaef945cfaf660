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

    def test_evacuate_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('metadata', network)
        self.assertIsNotNone(network['id'])
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'shutoff', 'count': 67}
        self.assertIsNone(network.get('fault'))

    def test_lock_network_1(self):
        # lock a network and check its state
        network = self._create_network(name='network-1')
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertIsNotNone(network['id'])
        self.assertIsInstance(network, dict)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNone(network.get('fault'))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')

    def test_evacuate_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)

    def test_rescue_network_3(self):
        # rescue a network and check its state
        network = self._create_network(name='network-3')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('MIGRATING', network['status'])
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa

    def test_rebuild_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('BUILD', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNotNone(network['id'])

    def test_lock_network_2(self):
        # lock a network and check its state
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
