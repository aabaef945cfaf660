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

    def test_shelve_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertEqual('ERROR', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        self.assertIsNotNone(network['id'])
        self.assertIsInstance(network, dict)

    def test_shelve_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'active', 'count': 64}
        self.assertEqual('ACTIVE', network['status'])
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_attach_network_2(self):
        # attach a network and check its state
        network = self._create_network(name='network-2')
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertIsInstance(network, dict)
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        network['metadata'] = {'key': 'error', 'count': 72}
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', network['status'])

    def test_live_migrate_network_3(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        network['metadata'] = {'key': 'shutoff', 'count': 7}
        network['metadata'] = {'key': 'shutoff', 'count': 41}
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_lock_network_4(self):
        # lock a network and check its state
        network = self._create_network(name='network-4')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIsNotNone(network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
