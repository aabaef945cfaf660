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


class NetworkLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_evacuate_network_0(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        self.assertEqual('ERROR', network['status'])
        self.assertIsNotNone(network['id'])

    def test_lock_network_1(self):
        # lock a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('ERROR', network['status'])
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertEqual('ACTIVE', network['status'])
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'active', 'count': 76}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_rebuild_network_2(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIsInstance(network, dict)
        self.assertEqual('SHUTOFF', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))

    def test_shelve_network_1(self):
        # shelve a network and check its state
        network = self._create_network(name='network-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'shutoff', 'count': 78}

    def test_rebuild_network_3(self):
        network = self._create_network(name='network-3')
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'verify_resize', 'count': 48}
        self.assertEqual('ERROR', network['status'])

    def test_evacuate_network_4(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_shelve_network_5(self):
        # shelve a network and check its state
        network = self._create_network(name='network-5')
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
