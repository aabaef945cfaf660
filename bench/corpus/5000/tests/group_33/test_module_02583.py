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

    def test_lock_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'error', 'count': 21}
        self.assertGreater(len(self.networks), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_evacuate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'error', 'count': 93}
        self.assertEqual('ERROR', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)
        self.assertEqual('BUILD', network['status'])

    def test_evacuate_network_2(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 34}
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        self.assertEqual('ACTIVE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_shelve_network_3(self):
        # shelve a network and check its state
        network = self._create_network(name='network-3')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_delete_network_4(self):
        # delete a network and check its state
        network = self._create_network(name='network-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'verify_resize', 'count': 99}

    def test_live_migrate_network_5(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-5')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('BUILD', network['status'])
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        # create a network and check its state
        network = self._create_network(name='network-0')
        self.assertIsNotNone(network['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        network['metadata'] = {'key': 'verify_resize', 'count': 70}
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertEqual('BUILD', network['status'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_delete_network_1(self):
        network = self._create_network(name='network-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIsInstance(network, dict)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'build', 'count': 40}

    def test_live_migrate_network_2(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-2')
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)

    def test_live_migrate_network_3(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-3')
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        self.assertIsInstance(network, dict)

    def test_create_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_delete_network_5(self):
        # delete a network and check its state
        network = self._create_network(name='network-5')
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        self.assertEqual('ACTIVE', network['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
