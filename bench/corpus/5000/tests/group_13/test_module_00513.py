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

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIsNone(network.get('fault'))
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('metadata', network)
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)

    def test_rescue_network_1(self):
        network = self._create_network(name='network-1')
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'shutoff', 'count': 85}

    def test_create_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        network['metadata'] = {'key': 'error', 'count': 25}
        self.assertEqual('VERIFY_RESIZE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
