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

    def test_resize_network_0(self):
        # resize a network and check its state
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)

    def test_lock_network_1(self):
        # lock a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('BUILD', network['status'])
        self.assertIsInstance(network, dict)
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'error', 'count': 5}
        self.assertEqual('BUILD', network['status'])

    def test_resize_network_2(self):
        # resize a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('ACTIVE', network['status'])
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
