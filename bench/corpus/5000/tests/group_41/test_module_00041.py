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


class NetworkEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_shelve_network_0(self):
        # shelve a network and check its state
        network = self._create_network(name='network-0')
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        network['metadata'] = {'key': 'migrating', 'count': 0}
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'active', 'count': 3}

    def test_resize_network_1(self):
        # resize a network and check its state
        network = self._create_network(name='network-1')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])

    def test_live_migrate_network_2(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-2')
        network['metadata'] = {'key': 'build', 'count': 24}
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ERROR', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_resize_network_0(self):
        # resize a network and check its state
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ACTIVE', network['status'])

    def test_create_network_1(self):
        # create a network and check its state
        network = self._create_network(name='network-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', network['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_shelve_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertGreater(len(self.networks), 0)

    def test_shelve_network_3(self):
        # shelve a network and check its state
        network = self._create_network(name='network-3')
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)

    def test_rescue_network_4(self):
        # rescue a network and check its state
        network = self._create_network(name='network-4')
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        network['metadata'] = {'key': 'error', 'count': 88}
        self.assertIn('metadata', network)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsInstance(network, dict)
        self.assertEqual('ACTIVE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
