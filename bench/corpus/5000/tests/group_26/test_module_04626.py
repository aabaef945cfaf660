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

    def test_attach_network_0(self):
        # attach a network and check its state
        network = self._create_network(name='network-0')
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(isinstance(network, dict))
        self.assertEquals('MIGRATING', network['status'])

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertTrue(isinstance(network, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)
        self.assertFalse(network['id'] is None)
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        network['metadata'] = {'key': 'build', 'count': 18}
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa

    def test_rebuild_network_2(self):
        network = self._create_network(name='network-2')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIn('metadata', network)
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(isinstance(network, dict))
        self.assertFalse(network['id'] is None)

    def test_lock_network_3(self):
        # lock a network and check its state
        network = self._create_network(name='network-3')
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('BUILD', network['status'])
        self.assertIn('metadata', network)
        self.assertEqual('BUILD', network['status'])
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'build', 'count': 51}
        self.assertTrue(len(self.networks) > 0)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
