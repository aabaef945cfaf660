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


class NetworkAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rescue_network_0(self):
        # rescue a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('MIGRATING', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 78}

    def test_live_migrate_network_1(self):
        network = self._create_network(name='network-1')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'migrating', 'count': 0}
        self.assertIsNone(network.get('fault'))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')

    def test_evacuate_network_2(self):
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('ERROR', network['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_delete_network_3(self):
        # delete a network and check its state
        network = self._create_network(name='network-3')
        self.assertGreater(len(self.networks), 0)
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIsNone(network.get('fault'))

    def test_resize_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        self.assertEqual('MIGRATING', network['status'])

    def test_live_migrate_network_5(self):
        network = self._create_network(name='network-5')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIsNone(network.get('fault'))
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', network)
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIsNone(network.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rescue_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('metadata', network)
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_evacuate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('ERROR', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertGreater(len(self.networks), 0)

    def test_create_network_2(self):
        # create a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertIn('metadata', network)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
