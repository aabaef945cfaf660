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

    def test_create_network_0(self):
        # create a network and check its state
        network = self._create_network(name='network-0')
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertEqual('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'shutoff', 'count': 37}
        network['metadata'] = {'key': 'active', 'count': 30}
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'migrating', 'count': 2}
        self.assertGreater(len(self.networks), 0)

    def test_rebuild_network_1(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        self.assertEqual('MIGRATING', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('SHUTOFF', network['status'])

    def test_rebuild_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'verify_resize', 'count': 56}
        self.assertEqual('MIGRATING', network['status'])
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
