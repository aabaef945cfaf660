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

    def test_attach_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIsNotNone(network['id'])

    def test_evacuate_network_1(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('BUILD', network['status'])
        self.assertIn('metadata', network)
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'error', 'count': 11}

    def test_attach_network_2(self):
        network = self._create_network(name='network-2')
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertIsInstance(network, dict)
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'build', 'count': 79}
        self.assertIsInstance(network, dict)
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_rebuild_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_lock_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEqual('ACTIVE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))
        self.api.post_network_action(network['id'], {'attach': None})  # noqa

    def test_resize_network_5(self):
        network = self._create_network(name='network-5')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('metadata', network)
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsInstance(network, dict)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'migrating', 'count': 78}
        network['metadata'] = {'key': 'migrating', 'count': 12}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_create_network_1(self):
        network = self._create_network(name='network-1')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ACTIVE', network['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('BUILD', network['status'])
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertIsInstance(network, dict)
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
