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
        # resize a network and check its state
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))
        self.assertEqual('MIGRATING', network['status'])
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_rescue_network_1(self):
        # rescue a network and check its state
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'delete': None})  # noqa

    def test_rescue_network_2(self):
        # rescue a network and check its state
        network = self._create_network(name='network-2')
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('MIGRATING', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 58}
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('BUILD', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'verify_resize', 'count': 23}

    def test_lock_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'verify_resize', 'count': 60}
        self.assertEqual('ACTIVE', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 99}
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'shutoff', 'count': 92}
        network['metadata'] = {'key': 'error', 'count': 47}

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
