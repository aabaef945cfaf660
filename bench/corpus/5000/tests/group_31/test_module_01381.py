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

    def test_resize_network_0(self):
        # resize a network and check its state
        network = self._create_network(name='network-0')
        self.assertGreater(len(self.networks), 0)
        self.assertGreater(len(self.networks), 0)
        self.assertIn('metadata', network)
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_create_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('ACTIVE', network['status'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        network['metadata'] = {'key': 'error', 'count': 89}
        self.assertIn('metadata', network)
        self.assertEqual('ERROR', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)

    def test_evacuate_network_2(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-2')
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'active', 'count': 8}
        self.assertIsInstance(network, dict)
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_rescue_network_3(self):
        network = self._create_network(name='network-3')
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertIsInstance(network, dict)
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')

    def test_rebuild_network_4(self):
        network = self._create_network(name='network-4')
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
