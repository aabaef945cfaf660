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

    def test_create_network_0(self):
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertIsInstance(network, dict)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertIsInstance(network, dict)

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('SHUTOFF', network['status'])

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('metadata', network)

    def test_shelve_network_3(self):
        network = self._create_network(name='network-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'build', 'count': 39}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa

    def test_create_network_4(self):
        # create a network and check its state
        network = self._create_network(name='network-4')
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'shutoff', 'count': 31}
        self.assertEqual('ACTIVE', network['status'])
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertEqual('MIGRATING', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ERROR', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 28}

    def test_live_migrate_network_5(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-5')
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('BUILD', network['status'])
        self.assertIsNotNone(network['id'])
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNone(network.get('fault'))
        self.assertEqual('MIGRATING', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
