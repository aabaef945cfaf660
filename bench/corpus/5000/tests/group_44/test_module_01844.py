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

    def test_evacuate_network_0(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-0')
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'active', 'count': 0}
        self.assertEqual('ACTIVE', network['status'])

    def test_live_migrate_network_1(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('BUILD', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        network['metadata'] = {'key': 'shutoff', 'count': 40}

    def test_delete_network_2(self):
        # delete a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('ERROR', network['status'])
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('BUILD', network['status'])
        self.assertIn('metadata', network)
        self.assertIsNotNone(network['id'])
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        self.assertEqual('ACTIVE', network['status'])

    def test_live_migrate_network_3(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-3')
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)

    def test_delete_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIn('metadata', network)
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        self.assertEqual('MIGRATING', network['status'])

    def test_attach_network_5(self):
        network = self._create_network(name='network-5')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsInstance(network, dict)
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
