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


class NetworkResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_live_migrate_network_0(self):
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertGreater(len(self.networks), 0)

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_delete_network_2(self):
        # delete a network and check its state
        network = self._create_network(name='network-2')
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.networks), 0)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        # create a network and check its state
        network = self._create_network(name='network-0')
        self.assertIsNone(network.get('fault'))
        self.assertEqual('MIGRATING', network['status'])
        self.assertGreater(len(self.networks), 0)
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('ERROR', network['status'])

    def test_rescue_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsNotNone(network['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)

    def test_attach_network_3(self):
        # attach a network and check its state
        network = self._create_network(name='network-3')
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'migrating', 'count': 80}

    def test_live_migrate_network_4(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-4')
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsInstance(network, dict)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
