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

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        self.assertIsNotNone(network['id'])
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
        self.assertIsInstance(network, dict)
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('MIGRATING', network['status'])
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_live_migrate_network_2(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-2')
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'shutoff', 'count': 44}
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('ERROR', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 58}
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_attach_network_0(self):
        # attach a network and check its state
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'shutoff', 'count': 18}
        self.assertGreater(len(self.networks), 0)
        self.assertIsInstance(network, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('SHUTOFF', network['status'])

    def test_live_migrate_network_1(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-1')
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ACTIVE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('ERROR', network['status'])

    def test_rebuild_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ACTIVE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ERROR', network['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
