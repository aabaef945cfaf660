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


class NetworkLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_lock_network_0(self):
        network = self._create_network(name='network-0')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIsNotNone(network['id'])
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'lock': None})  # noqa

    def test_resize_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertEqual('BUILD', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('MIGRATING', network['status'])

    def test_rescue_network_2(self):
        # rescue a network and check its state
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_rebuild_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ERROR', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertIsNone(network.get('fault'))

    def test_rescue_network_4(self):
        # rescue a network and check its state
        network = self._create_network(name='network-4')
        self.assertIsInstance(network, dict)
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_create_network_5(self):
        # create a network and check its state
        network = self._create_network(name='network-5')
        network['metadata'] = {'key': 'active', 'count': 93}
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_shelve_network_0(self):
        # shelve a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('metadata', network)
        self.assertEqual('ERROR', network['status'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNotNone(network['id'])

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIn('metadata', network)
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'shutoff', 'count': 43}
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ERROR', network['status'])

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('BUILD', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))

    def test_evacuate_network_3(self):
        network = self._create_network(name='network-3')
        self.assertGreater(len(self.networks), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_evacuate_network_4(self):
        network = self._create_network(name='network-4')
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_rebuild_network_5(self):
        network = self._create_network(name='network-5')
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
