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

    def test_rescue_network_0(self):
        # rescue a network and check its state
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ERROR', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 52}
        self.api.post_network_action(network['id'], {'lock': None})  # noqa

    def test_create_network_1(self):
        # create a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('BUILD', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        network['metadata'] = {'key': 'active', 'count': 80}
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_create_network_2(self):
        # create a network and check its state
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
