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

    def test_live_migrate_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('BUILD', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ACTIVE', network['status'])
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIsNotNone(network['id'])

    def test_live_migrate_network_2(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIn('metadata', network)
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)

    def test_shelve_network_3(self):
        # shelve a network and check its state
        network = self._create_network(name='network-3')
        network['metadata'] = {'key': 'error', 'count': 1}
        self.assertGreater(len(self.networks), 0)
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertEqual('MIGRATING', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)
        self.assertEqual('BUILD', network['status'])

    def test_create_network_4(self):
        # create a network and check its state
        network = self._create_network(name='network-4')
        self.assertIn('metadata', network)
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rebuild_network_0(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-0')
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsInstance(network, dict)
        self.assertEqual('ERROR', network['status'])
        self.assertIsNone(network.get('fault'))

    def test_delete_network_1(self):
        # delete a network and check its state
        network = self._create_network(name='network-1')
        self.assertIsNone(network.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        self.assertGreater(len(self.networks), 0)
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_delete_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_create_network_3(self):
        network = self._create_network(name='network-3')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.assertIsNone(network.get('fault'))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')

    def test_evacuate_network_4(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-4')
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        self.assertIsInstance(network, dict)
        self.assertEqual('BUILD', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ERROR', network['status'])

    def test_delete_network_5(self):
        # delete a network and check its state
        network = self._create_network(name='network-5')
        self.assertGreater(len(self.networks), 0)
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
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
