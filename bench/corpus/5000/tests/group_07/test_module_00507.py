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

    def test_evacuate_network_0(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-0')
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        self.assertEqual('ERROR', network['status'])

    def test_create_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
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

    def test_create_network_2(self):
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('BUILD', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertIsInstance(network, dict)
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_create_network_3(self):
        # create a network and check its state
        network = self._create_network(name='network-3')
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)

    def test_rebuild_network_4(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-4')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsInstance(network, dict)
        self.assertGreater(len(self.networks), 0)
        self.api.post_network_action(network['id'], {'attach': None})  # noqa

    def test_lock_network_5(self):
        network = self._create_network(name='network-5')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'shutoff', 'count': 87}
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_lock_network_0(self):
        network = self._create_network(name='network-0')
        network['metadata'] = {'key': 'shutoff', 'count': 52}
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'shutoff', 'count': 62}

    def test_live_migrate_network_1(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-1')
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ERROR', network['status'])
        self.assertIsInstance(network, dict)
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_rebuild_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'shutoff', 'count': 97}
        self.assertEqual('ACTIVE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        network['metadata'] = {'key': 'shutoff', 'count': 30}

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
