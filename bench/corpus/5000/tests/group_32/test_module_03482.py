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


class NetworkLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual(network.get('fault'), None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('metadata', network)
        self.assertEquals('VERIFY_RESIZE', network['status'])
        self.assertEqual(network.get('fault'), None)
        self.assertEquals('BUILD', network['status'])

    def test_live_migrate_network_1(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-1')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'active', 'count': 26}
        self.assertIn('metadata', network)
        self.assertFalse(network['id'] is None)
        self.assertEquals('BUILD', network['status'])
        self.assertEquals('MIGRATING', network['status'])
        network['metadata'] = {'key': 'active', 'count': 64}
        self.assertEquals('ACTIVE', network['status'])
        self.assertTrue(isinstance(network, dict))
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_create_network_2(self):
        # create a network and check its state
        network = self._create_network(name='network-2')
        self.assertTrue(isinstance(network, dict))
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(len(self.networks) > 0)
        self.assertIn('metadata', network)
        self.assertTrue(network['status'] == 'ERROR')

    def test_rebuild_network_3(self):
        network = self._create_network(name='network-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(network['status'] == 'SHUTOFF')
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)

    def test_lock_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEqual(network.get('fault'), None)
        self.assertEqual(network.get('fault'), None)
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_attach_network_0(self):
        network = self._create_network(name='network-0')
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'verify_resize', 'count': 83}
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertFalse(network['id'] is None)

    def test_rebuild_network_1(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual(network.get('fault'), None)
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        network['metadata'] = {'key': 'verify_resize', 'count': 63}
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(len(self.networks) > 0)
        self.assertEquals('VERIFY_RESIZE', network['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        self.assertFalse(network['id'] is None)
        self.assertFalse(network['id'] is None)
        self.assertIn('metadata', network)
        self.assertFalse(network['id'] is None)
        self.assertTrue(isinstance(network, dict))
        self.assertFalse(network['id'] is None)
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'active', 'count': 46}
        self.assertTrue(isinstance(network, dict))

    def test_delete_network_3(self):
        network = self._create_network(name='network-3')
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(network['status'] == 'MIGRATING')

    def test_shelve_network_4(self):
        network = self._create_network(name='network-4')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertEquals('VERIFY_RESIZE', network['status'])
        self.api.post_network_action(network['id'], {'lock': None})  # noqa

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
