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


class NetworkDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_live_migrate_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_rebuild_network_1(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-1')
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertEqual('ERROR', network['status'])
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNotNone(network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('ERROR', network['status'])
        self.assertGreater(len(self.networks), 0)

    def test_rebuild_network_2(self):
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'migrating', 'count': 40}
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        network['metadata'] = {'key': 'shutoff', 'count': 51}
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)

    def test_delete_network_3(self):
        # delete a network and check its state
        network = self._create_network(name='network-3')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        network['metadata'] = {'key': 'migrating', 'count': 5}
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])
        self.assertGreater(len(self.networks), 0)

    def test_live_migrate_network_4(self):
        network = self._create_network(name='network-4')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_evacuate_network_5(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-5')
        self.assertIsNone(network.get('fault'))
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertEqual('BUILD', network['status'])
        self.assertIsNone(network.get('fault'))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
