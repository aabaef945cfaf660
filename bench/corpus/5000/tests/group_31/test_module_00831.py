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


class NetworkRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_lock_network_0(self):
        # lock a network and check its state
        network = self._create_network(name='network-0')
        self.assertGreater(len(self.networks), 0)
        self.assertGreater(len(self.networks), 0)
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_evacuate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('ERROR', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ACTIVE', network['status'])
        self.assertIn('metadata', network)

    def test_evacuate_network_2(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'shutoff', 'count': 86}

    def test_shelve_network_3(self):
        # shelve a network and check its state
        network = self._create_network(name='network-3')
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'shutoff', 'count': 74}
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))

    def test_delete_network_4(self):
        # delete a network and check its state
        network = self._create_network(name='network-4')
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertIsNone(network.get('fault'))
        self.assertIsNotNone(network['id'])
        self.assertEqual('ERROR', network['status'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertGreater(len(self.networks), 0)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_delete_network_0(self):
        # delete a network and check its state
        network = self._create_network(name='network-0')
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'active', 'count': 3}
        self.assertGreater(len(self.networks), 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ERROR', network['status'])

    def test_rescue_network_1(self):
        network = self._create_network(name='network-1')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])

    def test_shelve_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('BUILD', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'shutoff', 'count': 19}
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
