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

    def test_lock_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        network['metadata'] = {'key': 'shutoff', 'count': 57}
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa

    def test_delete_network_1(self):
        # delete a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('ERROR', network['status'])
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'active', 'count': 73}
        self.assertEqual('SHUTOFF', network['status'])
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertEqual('ACTIVE', network['status'])
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_delete_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        self.assertEqual('BUILD', network['status'])
        self.assertIsInstance(network, dict)
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('ERROR', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertEqual('MIGRATING', network['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ACTIVE', network['status'])

    def test_lock_network_3(self):
        network = self._create_network(name='network-3')
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'build', 'count': 93}

    def test_create_network_4(self):
        # create a network and check its state
        network = self._create_network(name='network-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_live_migrate_network_0(self):
        network = self._create_network(name='network-0')
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        self.assertGreater(len(self.networks), 0)

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'verify_resize', 'count': 30}
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsInstance(network, dict)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertIn('metadata', network)
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('SHUTOFF', network['status'])

    def test_live_migrate_network_3(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-3')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)

    def test_rebuild_network_4(self):
        network = self._create_network(name='network-4')
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'active', 'count': 72}
        self.assertIsInstance(network, dict)
        self.assertIsInstance(network, dict)
        self.assertEqual('BUILD', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNone(network.get('fault'))

    def test_resize_network_5(self):
        network = self._create_network(name='network-5')
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ERROR', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
