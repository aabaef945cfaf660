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


class NetworkLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        # create a network and check its state
        network = self._create_network(name='network-0')
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)
        self.assertIn('metadata', network)
        self.assertEqual(network.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_rescue_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('BUILD', network['status'])
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(len(self.networks) > 0)
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'active', 'count': 0}

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEquals('BUILD', network['status'])
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        network['metadata'] = {'key': 'build', 'count': 15}
        self.assertTrue(network['status'] == 'ERROR')
        self.api.post_network_action(network['id'], {'create': None})  # noqa

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
