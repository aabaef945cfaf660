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


class NetworkDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_delete_network_0(self):
        network = self._create_network(name='network-0')
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        network['metadata'] = {'key': 'error', 'count': 70}
        network['metadata'] = {'key': 'shutoff', 'count': 38}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_delete_network_1(self):
        # delete a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('ACTIVE', network['status'])
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_shelve_network_2(self):
        # shelve a network and check its state
        network = self._create_network(name='network-2')
        self.assertIsNotNone(network['id'])
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_live_migrate_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIsNone(network.get('fault'))
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'error', 'count': 28}
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_live_migrate_network_4(self):
        network = self._create_network(name='network-4')
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)
        self.assertIsInstance(network, dict)
        self.assertGreater(len(self.networks), 0)
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_evacuate_network_5(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-5')
        self.assertGreater(len(self.networks), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
