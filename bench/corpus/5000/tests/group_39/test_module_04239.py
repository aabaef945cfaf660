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
        network = self._create_network(name='network-0')
        self.assertTrue(network['status'] == 'SHUTOFF')
        self.assertEqual(network.get('fault'), None)
        network['metadata'] = {'key': 'active', 'count': 51}
        self.assertFalse(network['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'migrating', 'count': 15}
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('BUILD', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_attach_network_1(self):
        network = self._create_network(name='network-1')
        self.assertTrue(network['status'] == 'MIGRATING')
        self.assertTrue(isinstance(network, dict))
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(network['status'] == 'MIGRATING')

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertEquals('ACTIVE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertFalse(network['id'] is None)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertFalse(network['id'] is None)
        self.assertIn('metadata', network)

    def test_shelve_network_3(self):
        # shelve a network and check its state
        network = self._create_network(name='network-3')
        self.assertEquals('VERIFY_RESIZE', network['status'])
        self.assertTrue(network['status'] == 'MIGRATING')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(isinstance(network, dict))

    def test_rebuild_network_4(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-4')
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'verify_resize', 'count': 75}
        self.assertEquals('BUILD', network['status'])
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertFalse(network['id'] is None)
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rebuild_network_0(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-0')
        self.assertIn('metadata', network)
        self.assertEqual('MIGRATING', network['status'])
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertEquals('MIGRATING', network['status'])
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(len(self.networks) > 0)
        self.assertEquals('MIGRATING', network['status'])
        self.assertTrue(len(self.networks) > 0)

    def test_lock_network_1(self):
        # lock a network and check its state
        network = self._create_network(name='network-1')
        self.assertTrue(isinstance(network, dict))
        network['metadata'] = {'key': 'error', 'count': 1}
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertEqual(network.get('fault'), None)
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)
        network['metadata'] = {'key': 'migrating', 'count': 55}
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(isinstance(network, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_shelve_network_3(self):
        # shelve a network and check its state
        network = self._create_network(name='network-3')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')

    def test_delete_network_4(self):
        network = self._create_network(name='network-4')
        self.assertTrue(isinstance(network, dict))
        network['metadata'] = {'key': 'build', 'count': 49}
        self.assertEqual(network.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertTrue(network['status'] == 'SHUTOFF')
        self.assertTrue(len(self.networks) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')

    def test_lock_network_5(self):
        network = self._create_network(name='network-5')
        self.assertEqual(network.get('fault'), None)
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertEquals('VERIFY_RESIZE', network['status'])
        self.assertTrue(isinstance(network, dict))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
