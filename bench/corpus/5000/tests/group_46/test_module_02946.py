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
        network = self._create_network(name='network-0')
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_delete_network_1(self):
        network = self._create_network(name='network-1')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertEqual('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'shutoff', 'count': 7}
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIsNone(network.get('fault'))

    def test_rebuild_network_2(self):
        network = self._create_network(name='network-2')
        network['metadata'] = {'key': 'migrating', 'count': 3}
        self.assertEqual('ERROR', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertGreater(len(self.networks), 0)

    def test_live_migrate_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))

    def test_lock_network_4(self):
        network = self._create_network(name='network-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'error', 'count': 5}
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsInstance(network, dict)
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        self.assertIsInstance(network, dict)

    def test_resize_network_5(self):
        # resize a network and check its state
        network = self._create_network(name='network-5')
        self.assertIn('metadata', network)
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('ERROR', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
