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

    def test_live_migrate_network_0(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-0')
        self.assertIn('metadata', network)
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_delete_network_1(self):
        # delete a network and check its state
        network = self._create_network(name='network-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'active', 'count': 21}
        self.assertGreater(len(self.networks), 0)

    def test_evacuate_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 44}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIn('metadata', network)
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'verify_resize', 'count': 0}
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_create_network_3(self):
        network = self._create_network(name='network-3')
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'error', 'count': 53}
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNotNone(network['id'])
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
