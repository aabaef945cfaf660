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

    def test_create_network_0(self):
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        network['metadata'] = {'key': 'error', 'count': 73}
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertIsNone(network.get('fault'))

    def test_lock_network_1(self):
        # lock a network and check its state
        network = self._create_network(name='network-1')
        network['metadata'] = {'key': 'error', 'count': 53}
        self.assertIsNone(network.get('fault'))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        network['metadata'] = {'key': 'build', 'count': 79}
        self.assertGreater(len(self.networks), 0)

    def test_live_migrate_network_2(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-2')
        self.assertIsInstance(network, dict)
        self.assertGreater(len(self.networks), 0)
        self.assertIn('metadata', network)
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])

    def test_evacuate_network_3(self):
        network = self._create_network(name='network-3')
        network['metadata'] = {'key': 'error', 'count': 96}
        self.assertIsInstance(network, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))

    def test_shelve_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual('MIGRATING', network['status'])
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_lock_network_5(self):
        # lock a network and check its state
        network = self._create_network(name='network-5')
        self.assertIn('metadata', network)
        self.assertEqual('ERROR', network['status'])
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
