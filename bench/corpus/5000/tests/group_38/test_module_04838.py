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


class NetworkEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        # create a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual(network.get('fault'), None)
        self.assertEquals('BUILD', network['status'])
        self.assertEquals('ACTIVE', network['status'])
        self.assertTrue(network['status'] == 'ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(network['status'] == 'MIGRATING')
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertTrue(network['status'] == 'BUILD')
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_resize_network_1(self):
        # resize a network and check its state
        network = self._create_network(name='network-1')
        self.assertEquals('ACTIVE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa

    def test_resize_network_2(self):
        network = self._create_network(name='network-2')
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(network['status'] == 'ACTIVE')

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
