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

    def test_shelve_network_0(self):
        # shelve a network and check its state
        network = self._create_network(name='network-0')
        self.assertTrue(isinstance(network, dict))
        network['metadata'] = {'key': 'active', 'count': 80}
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)

    def test_evacuate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        self.assertTrue(isinstance(network, dict))
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(isinstance(network, dict))
        self.assertEqual(network.get('fault'), None)

    def test_create_network_2(self):
        network = self._create_network(name='network-2')
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(network['status'] == 'ACTIVE')
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'active', 'count': 36}
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(len(self.networks) > 0)

    def test_delete_network_3(self):
        # delete a network and check its state
        network = self._create_network(name='network-3')
        network['metadata'] = {'key': 'migrating', 'count': 43}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(network['status'] == 'SHUTOFF')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'error', 'count': 49}

    def test_live_migrate_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIn('metadata', network)
        self.assertTrue(isinstance(network, dict))
        self.assertFalse(network['id'] is None)
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'shutoff', 'count': 63}

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_attach_network_0(self):
        # attach a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(network['status'] == 'MIGRATING')
        self.assertFalse(network['id'] is None)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertFalse(network['id'] is None)

    def test_evacuate_network_1(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(network['status'] == 'ACTIVE')
        self.assertIn('metadata', network)
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(network['status'] == 'ACTIVE')
        self.assertIn('metadata', network)
        self.assertTrue(len(self.networks) > 0)
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.api.post_network_action(network['id'], {'delete': None})  # noqa

    def test_attach_network_2(self):
        # attach a network and check its state
        network = self._create_network(name='network-2')
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertTrue(network['status'] == 'MIGRATING')
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(network['status'] == 'BUILD')
        self.assertTrue(network['status'] == 'ACTIVE')
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(len(self.networks) > 0)

    def test_resize_network_3(self):
        # resize a network and check its state
        network = self._create_network(name='network-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(network['status'] == 'MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertTrue(isinstance(network, dict))
        self.assertEquals('ERROR', network['status'])
        self.assertFalse(network['id'] is None)
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(len(self.networks) > 0)

    def test_rescue_network_4(self):
        # rescue a network and check its state
        network = self._create_network(name='network-4')
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)
        network['metadata'] = {'key': 'active', 'count': 48}
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual(network.get('fault'), None)
        self.assertFalse(network['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
