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

    def test_rescue_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        network['metadata'] = {'key': 'build', 'count': 70}
        self.assertIsNotNone(network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')

    def test_rebuild_network_1(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('BUILD', network['status'])

    def test_evacuate_network_2(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'shutoff', 'count': 2}
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_delete_network_0(self):
        # delete a network and check its state
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'active', 'count': 26}

    def test_attach_network_1(self):
        # attach a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'delete': None})  # noqa

    def test_attach_network_2(self):
        # attach a network and check its state
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertGreater(len(self.networks), 0)
        self.assertIsInstance(network, dict)
        self.assertEqual('ERROR', network['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_lock_network_3(self):
        network = self._create_network(name='network-3')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('MIGRATING', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNotNone(network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
