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

    def test_lock_network_0(self):
        # lock a network and check its state
        network = self._create_network(name='network-0')
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('ACTIVE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIsInstance(network, dict)
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        network['metadata'] = {'key': 'shutoff', 'count': 25}

    def test_live_migrate_network_1(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-1')
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('MIGRATING', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
