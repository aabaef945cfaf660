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

    def test_delete_network_0(self):
        # delete a network and check its state
        network = self._create_network(name='network-0')
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        network['metadata'] = {'key': 'error', 'count': 83}
        self.assertEqual('VERIFY_RESIZE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])

    def test_rebuild_network_1(self):
        network = self._create_network(name='network-1')
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertEqual('BUILD', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa

    def test_rebuild_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_shelve_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIsNone(network.get('fault'))
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsInstance(network, dict)
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'error', 'count': 73}
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
