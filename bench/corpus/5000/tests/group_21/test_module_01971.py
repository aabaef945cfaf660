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
        self.assertIn('metadata', network)
        self.assertIsNotNone(network['id'])
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_rebuild_network_1(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-1')
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'migrating', 'count': 28}
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'active', 'count': 1}
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        self.assertIn('metadata', network)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')

    def test_shelve_network_2(self):
        # shelve a network and check its state
        network = self._create_network(name='network-2')
        self.assertIsNone(network.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.api.post_network_action(network['id'], {'lock': None})  # noqa

    def test_live_migrate_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'verify_resize', 'count': 74}
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_delete_network_0(self):
        # delete a network and check its state
        network = self._create_network(name='network-0')
        self.assertIsInstance(network, dict)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertEqual('MIGRATING', network['status'])

    def test_evacuate_network_1(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_shelve_network_2(self):
        # shelve a network and check its state
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('BUILD', network['status'])

    def test_live_migrate_network_3(self):
        network = self._create_network(name='network-3')
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertEqual('BUILD', network['status'])
        network['metadata'] = {'key': 'error', 'count': 82}

    def test_create_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsInstance(network, dict)
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsInstance(network, dict)
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
