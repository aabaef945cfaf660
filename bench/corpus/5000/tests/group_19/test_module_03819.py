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


class NetworkShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_delete_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('metadata', network)
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('ERROR', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ERROR', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('ERROR', network['status'])

    def test_create_network_1(self):
        # create a network and check its state
        network = self._create_network(name='network-1')
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', network['status'])

    def test_shelve_network_2(self):
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa

    def test_shelve_network_3(self):
        network = self._create_network(name='network-3')
        network['metadata'] = {'key': 'migrating', 'count': 90}
        network['metadata'] = {'key': 'migrating', 'count': 70}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')

    def test_live_migrate_network_4(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-4')
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertEqual('ERROR', network['status'])
        self.assertIsNone(network.get('fault'))

    def test_attach_network_5(self):
        network = self._create_network(name='network-5')
        self.assertGreater(len(self.networks), 0)
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'error', 'count': 85}
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
