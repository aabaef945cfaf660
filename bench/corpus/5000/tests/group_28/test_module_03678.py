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

    def test_lock_network_0(self):
        # lock a network and check its state
        network = self._create_network(name='network-0')
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])
        self.assertEqual('BUILD', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIsInstance(network, dict)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIsNone(network.get('fault'))

    def test_live_migrate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('metadata', network)
        self.assertGreater(len(self.networks), 0)
        self.assertIsInstance(network, dict)

    def test_create_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIn('metadata', network)
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'active', 'count': 98}
        self.assertIn('metadata', network)
        self.assertEqual('SHUTOFF', network['status'])
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_create_network_3(self):
        # create a network and check its state
        network = self._create_network(name='network-3')
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('BUILD', network['status'])
        self.assertIsNotNone(network['id'])

    def test_live_migrate_network_4(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-4')
        self.assertIsInstance(network, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIsInstance(network, dict)
        self.assertIsNone(network.get('fault'))
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('BUILD', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
