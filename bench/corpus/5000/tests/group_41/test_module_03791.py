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


class NetworkEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rescue_network_0(self):
        # rescue a network and check its state
        network = self._create_network(name='network-0')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual('ERROR', network['status'])
        network['metadata'] = {'key': 'error', 'count': 28}
        network['metadata'] = {'key': 'verify_resize', 'count': 34}
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('BUILD', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'migrating', 'count': 37}
        self.assertIsNotNone(network['id'])

    def test_delete_network_1(self):
        network = self._create_network(name='network-1')
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))
        self.assertIsNotNone(network['id'])
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rescue_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsInstance(network, dict)
        self.assertEqual('ERROR', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        self.assertGreater(len(self.networks), 0)

    def test_rebuild_network_1(self):
        network = self._create_network(name='network-1')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('MIGRATING', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))

    def test_create_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ACTIVE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_delete_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIsInstance(network, dict)
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNone(network.get('fault'))
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertGreater(len(self.networks), 0)

    def test_delete_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIsNone(network.get('fault'))

    def test_rescue_network_5(self):
        network = self._create_network(name='network-5')
        self.assertIn('metadata', network)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', network)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIn('metadata', network)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
