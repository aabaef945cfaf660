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


class NetworkAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        # create a network and check its state
        network = self._create_network(name='network-0')
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(network['status'] == 'BUILD')
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)

    def test_shelve_network_1(self):
        # shelve a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('ERROR', network['status'])
        self.assertFalse(network['id'] is None)
        network['metadata'] = {'key': 'error', 'count': 40}
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(network['status'] == 'SHUTOFF')
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual(network.get('fault'), None)
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa

    def test_attach_network_2(self):
        network = self._create_network(name='network-2')
        self.assertTrue(network['status'] == 'ACTIVE')
        self.assertTrue(isinstance(network, dict))
        self.assertFalse(network['id'] is None)
        self.assertTrue(len(self.networks) > 0)
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(len(self.networks) > 0)

    def test_lock_network_3(self):
        # lock a network and check its state
        network = self._create_network(name='network-3')
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertTrue(isinstance(network, dict))
        self.assertEqual('MIGRATING', network['status'])
        self.api.post_network_action(network['id'], {'create': None})  # noqa

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
