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

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertEquals('MIGRATING', network['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_live_migrate_network_1(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-1')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertEqual(network.get('fault'), None)
        self.assertIn('metadata', network)
        self.assertTrue(len(self.networks) > 0)
        network['metadata'] = {'key': 'active', 'count': 94}
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(network['status'] == 'MIGRATING')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_attach_network_2(self):
        # attach a network and check its state
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(len(self.networks) > 0)
        self.assertIn('metadata', network)
        # The network must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(network['status'] == 'ACTIVE')

    def test_rescue_network_3(self):
        network = self._create_network(name='network-3')
        network['metadata'] = {'key': 'active', 'count': 1}
        self.assertIn('metadata', network)
        self.assertTrue(network['status'] == 'MIGRATING')
        self.assertEquals('ERROR', network['status'])
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(len(self.networks) > 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertFalse(network['id'] is None)
        self.assertEqual(network.get('fault'), None)
        self.assertFalse(network['id'] is None)

    def test_rescue_network_4(self):
        # rescue a network and check its state
        network = self._create_network(name='network-4')
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(len(self.networks) > 0)
        network['metadata'] = {'key': 'active', 'count': 50}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(isinstance(network, dict))
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(isinstance(network, dict))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_shelve_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('metadata', network)
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual(network.get('fault'), None)
        self.assertEquals('BUILD', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_live_migrate_network_1(self):
        network = self._create_network(name='network-1')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertFalse(network['id'] is None)
        self.assertEquals('BUILD', network['status'])
        self.assertEquals('ACTIVE', network['status'])
        network['metadata'] = {'key': 'build', 'count': 39}
        network['metadata'] = {'key': 'build', 'count': 59}
        self.assertIn('metadata', network)
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_resize_network_2(self):
        # resize a network and check its state
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(len(self.networks) > 0)
        self.assertFalse(network['id'] is None)
        self.assertEqual(network.get('fault'), None)
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(network['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa

    def test_attach_network_3(self):
        network = self._create_network(name='network-3')
        self.assertEquals('SHUTOFF', network['status'])
        self.assertIn('metadata', network)
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual('BUILD', network['status'])

    def test_shelve_network_4(self):
        # shelve a network and check its state
        network = self._create_network(name='network-4')
        self.assertEqual(network.get('fault'), None)
        self.assertEquals('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'shutoff', 'count': 32}
        self.assertEqual(network.get('fault'), None)
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(len(self.networks) > 0)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
