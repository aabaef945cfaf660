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


class NetworkRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        network = self._create_network(name='network-0')
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(network['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(network, dict))
        self.assertIn('metadata', network)
        self.assertTrue(isinstance(network, dict))
        self.assertEqual(network.get('fault'), None)
        self.assertFalse(network['id'] is None)

    def test_evacuate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        self.assertEqual(network.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')

    def test_evacuate_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIn('metadata', network)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertEqual(network.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertFalse(network['id'] is None)

    def test_evacuate_network_3(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-3')
        self.assertFalse(network['id'] is None)
        self.assertFalse(network['id'] is None)
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual(network.get('fault'), None)
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(isinstance(network, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_shelve_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('BUILD', network['status'])
        self.assertTrue(isinstance(network, dict))
        network['metadata'] = {'key': 'shutoff', 'count': 31}
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertFalse(network['id'] is None)

    def test_resize_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEquals('VERIFY_RESIZE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEquals('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual('ACTIVE', network['status'])
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_create_network_2(self):
        # create a network and check its state
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertFalse(network['id'] is None)
        self.assertTrue(isinstance(network, dict))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
