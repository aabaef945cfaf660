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

    def test_evacuate_network_0(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))

    def test_rescue_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIsNone(network.get('fault'))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)

    def test_rebuild_network_2(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('ACTIVE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'migrating', 'count': 45}
        self.assertEqual('BUILD', network['status'])
        self.assertIn('metadata', network)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rebuild_network_0(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-0')
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_create_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIsNone(network.get('fault'))

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIn('metadata', network)
        self.assertGreater(len(self.networks), 0)
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertEqual('ACTIVE', network['status'])

    def test_resize_network_3(self):
        network = self._create_network(name='network-3')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIsInstance(network, dict)
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNotNone(network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
