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


class NetworkShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_live_migrate_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsInstance(network, dict)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa

    def test_attach_network_1(self):
        # attach a network and check its state
        network = self._create_network(name='network-1')
        network['metadata'] = {'key': 'migrating', 'count': 3}
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_delete_network_2(self):
        # delete a network and check its state
        network = self._create_network(name='network-2')
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertEqual('SHUTOFF', network['status'])
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa

    def test_evacuate_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertIsNotNone(network['id'])

    def test_attach_network_4(self):
        # attach a network and check its state
        network = self._create_network(name='network-4')
        self.assertGreater(len(self.networks), 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertGreater(len(self.networks), 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')

    def test_lock_network_5(self):
        network = self._create_network(name='network-5')
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'migrating', 'count': 72}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))

    def test_resize_network_1(self):
        network = self._create_network(name='network-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertIsInstance(network, dict)

    def test_attach_network_2(self):
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertGreater(len(self.networks), 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIsNotNone(network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('ERROR', network['status'])
        network['metadata'] = {'key': 'active', 'count': 12}

    def test_delete_network_3(self):
        # delete a network and check its state
        network = self._create_network(name='network-3')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'error', 'count': 17}
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'build', 'count': 88}
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_shelve_network_4(self):
        network = self._create_network(name='network-4')
        self.assertGreater(len(self.networks), 0)
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', network)
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertEqual('ERROR', network['status'])
        self.assertIsInstance(network, dict)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
