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


class NetworkResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_attach_network_0(self):
        # attach a network and check its state
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'build', 'count': 52}
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))

    def test_attach_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('MIGRATING', network['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('VERIFY_RESIZE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_evacuate_network_2(self):
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIsInstance(network, dict)
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsInstance(network, dict)

    def test_shelve_network_3(self):
        network = self._create_network(name='network-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ERROR', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIsNone(network.get('fault'))
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertIsInstance(network, dict)
        self.assertIsNone(network.get('fault'))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
