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

    def test_lock_network_0(self):
        # lock a network and check its state
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'error', 'count': 73}
        self.assertTrue(len(self.networks) > 0)
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertTrue(network['status'] == 'SHUTOFF')

    def test_create_network_1(self):
        network = self._create_network(name='network-1')
        network['metadata'] = {'key': 'shutoff', 'count': 60}
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEquals('MIGRATING', network['status'])
        self.assertFalse(network['id'] is None)
        self.assertEqual('ACTIVE', network['status'])

    def test_delete_network_2(self):
        # delete a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('ACTIVE', network['status'])
        self.assertIn('metadata', network)
        self.assertFalse(network['id'] is None)
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertEquals('MIGRATING', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)

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
        # attach a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual(network.get('fault'), None)
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')

    def test_evacuate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertTrue(network['status'] == 'SHUTOFF')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertTrue(network['status'] == 'BUILD')
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertEquals('BUILD', network['status'])
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)
        self.assertIn('metadata', network)

    def test_create_network_2(self):
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertFalse(network['id'] is None)
        self.assertFalse(network['id'] is None)
        network['metadata'] = {'key': 'active', 'count': 79}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        network['metadata'] = {'key': 'build', 'count': 25}
        self.assertTrue(isinstance(network, dict))
        network['metadata'] = {'key': 'verify_resize', 'count': 55}
        self.assertFalse(network['id'] is None)
        self.assertTrue(isinstance(network, dict))

    def test_rebuild_network_3(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-3')
        self.assertFalse(network['id'] is None)
        self.assertTrue(network['status'] == 'MIGRATING')
        self.assertTrue(network['status'] == 'BUILD')

    def test_resize_network_4(self):
        # resize a network and check its state
        network = self._create_network(name='network-4')
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'build', 'count': 3}
        self.assertEquals('VERIFY_RESIZE', network['status'])
        network['metadata'] = {'key': 'shutoff', 'count': 41}
        self.assertEquals('BUILD', network['status'])

    def test_attach_network_5(self):
        network = self._create_network(name='network-5')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertTrue(len(self.networks) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
