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


class NetworkDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rescue_network_0(self):
        # rescue a network and check its state
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertFalse(network['id'] is None)
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'active', 'count': 90}
        network['metadata'] = {'key': 'verify_resize', 'count': 24}
        self.assertIn('metadata', network)
        self.assertEquals('ERROR', network['status'])
        self.assertEquals('ACTIVE', network['status'])

    def test_evacuate_network_1(self):
        network = self._create_network(name='network-1')
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertEqual(network.get('fault'), None)
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertFalse(network['id'] is None)
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', network['status'])
        self.assertTrue(len(self.networks) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa

    def test_evacuate_network_2(self):
        network = self._create_network(name='network-2')
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(isinstance(network, dict))
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')

    def test_lock_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIn('metadata', network)
        self.assertTrue(network['status'] == 'BUILD')
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', network)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertEquals('ERROR', network['status'])
        self.assertEqual(network.get('fault'), None)
        network['metadata'] = {'key': 'migrating', 'count': 37}
        self.assertFalse(network['id'] is None)

    def test_create_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIn('metadata', network)
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertEquals('SHUTOFF', network['status'])
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(network['status'] == 'ACTIVE')
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_evacuate_network_0(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(isinstance(network, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_rescue_network_1(self):
        network = self._create_network(name='network-1')
        self.assertTrue(isinstance(network, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'build', 'count': 71}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(network['status'] == 'ACTIVE')
        network['metadata'] = {'key': 'error', 'count': 55}

    def test_shelve_network_3(self):
        network = self._create_network(name='network-3')
        network['metadata'] = {'key': 'shutoff', 'count': 32}
        self.assertEqual('MIGRATING', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)
        self.assertEqual('BUILD', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(network['status'] == 'MIGRATING')

    def test_resize_network_4(self):
        # resize a network and check its state
        network = self._create_network(name='network-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(isinstance(network, dict))
        self.assertFalse(network['id'] is None)
        self.assertEquals('ACTIVE', network['status'])
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertEquals('ACTIVE', network['status'])
        self.assertEqual('ERROR', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
