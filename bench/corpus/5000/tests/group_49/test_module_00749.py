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

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertIsNone(network.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsInstance(network, dict)
        self.assertEqual('MIGRATING', network['status'])

    def test_attach_network_1(self):
        # attach a network and check its state
        network = self._create_network(name='network-1')
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'migrating', 'count': 88}
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('ACTIVE', network['status'])

    def test_resize_network_2(self):
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'shutoff', 'count': 24}

    def test_attach_network_3(self):
        # attach a network and check its state
        network = self._create_network(name='network-3')
        self.assertIsNotNone(network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 30}
        self.assertIsNone(network.get('fault'))
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_attach_network_0(self):
        network = self._create_network(name='network-0')
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'build', 'count': 0}
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('BUILD', network['status'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ACTIVE', network['status'])

    def test_create_network_2(self):
        # create a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('MIGRATING', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsInstance(network, dict)
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('MIGRATING', network['status'])

    def test_live_migrate_network_3(self):
        network = self._create_network(name='network-3')
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNone(network.get('fault'))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        network['metadata'] = {'key': 'verify_resize', 'count': 33}
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_resize_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIsInstance(network, dict)
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('BUILD', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
