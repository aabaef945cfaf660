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


class NetworkShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_lock_network_0(self):
        # lock a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual(network.get('fault'), None)
        self.assertEqual(network.get('fault'), None)
        self.assertFalse(network['id'] is None)
        self.assertTrue(isinstance(network, dict))
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)
        self.assertEqual(network.get('fault'), None)

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        self.assertTrue(len(self.networks) > 0)
        self.assertEquals('BUILD', network['status'])
        self.assertFalse(network['id'] is None)
        self.assertTrue(network['status'] == 'MIGRATING')
        self.assertTrue(len(self.networks) > 0)

    def test_resize_network_2(self):
        # resize a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(network['status'] == 'ERROR')
        self.assertIn('metadata', network)
        self.assertEquals('ACTIVE', network['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_attach_network_3(self):
        network = self._create_network(name='network-3')
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(len(self.networks) > 0)
        self.assertIn('metadata', network)

    def test_delete_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertTrue(len(self.networks) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertTrue(len(self.networks) > 0)

    def test_rebuild_network_5(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-5')
        self.assertFalse(network['id'] is None)
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertFalse(network['id'] is None)
        self.assertEqual('ERROR', network['status'])
        self.assertEquals('MIGRATING', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
