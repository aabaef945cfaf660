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

    def test_rebuild_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('MIGRATING', network['status'])
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_create_network_1(self):
        # create a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('ACTIVE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        network['metadata'] = {'key': 'verify_resize', 'count': 92}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('ERROR', network['status'])
        self.assertIsInstance(network, dict)

    def test_live_migrate_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])
        self.assertEqual('ACTIVE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_create_network_3(self):
        # create a network and check its state
        network = self._create_network(name='network-3')
        self.assertEqual('MIGRATING', network['status'])
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertIsInstance(network, dict)

    def test_attach_network_4(self):
        # attach a network and check its state
        network = self._create_network(name='network-4')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'migrating', 'count': 28}
        network['metadata'] = {'key': 'verify_resize', 'count': 49}
        network['metadata'] = {'key': 'active', 'count': 34}
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
