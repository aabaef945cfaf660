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


class NetworkRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_shelve_network_0(self):
        # shelve a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('MIGRATING', network['status'])
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)
        self.assertEqual('ACTIVE', network['status'])
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('BUILD', network['status'])

    def test_shelve_network_1(self):
        # shelve a network and check its state
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))

    def test_create_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertEqual('ERROR', network['status'])
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'verify_resize', 'count': 50}
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'verify_resize', 'count': 72}

    def test_lock_network_3(self):
        # lock a network and check its state
        network = self._create_network(name='network-3')
        self.assertIsNone(network.get('fault'))
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])

    def test_live_migrate_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('SHUTOFF', network['status'])
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ERROR', network['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'shutoff', 'count': 72}

    def test_attach_network_5(self):
        # attach a network and check its state
        network = self._create_network(name='network-5')
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ERROR', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_lock_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        self.assertEqual('ERROR', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 48}

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsInstance(network, dict)
        self.assertEqual('ACTIVE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_resize_network_2(self):
        network = self._create_network(name='network-2')
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')

    def test_live_migrate_network_3(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-3')
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ACTIVE', network['status'])
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        self.assertIsNone(network.get('fault'))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
