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


class NetworkCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_lock_network_0(self):
        network = self._create_network(name='network-0')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'error', 'count': 31}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(len(self.networks) > 0)
        self.assertFalse(network['id'] is None)

    def test_attach_network_1(self):
        # attach a network and check its state
        network = self._create_network(name='network-1')
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertFalse(network['id'] is None)
        self.assertEquals('BUILD', network['status'])
        self.assertEqual(network.get('fault'), None)
        self.assertFalse(network['id'] is None)
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa

    def test_delete_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual(network.get('fault'), None)
        self.assertEquals('SHUTOFF', network['status'])
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'build', 'count': 79}
        self.assertEquals('MIGRATING', network['status'])
        network['metadata'] = {'key': 'error', 'count': 9}
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_evacuate_network_3(self):
        network = self._create_network(name='network-3')
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(isinstance(network, dict))

    def test_rebuild_network_4(self):
        network = self._create_network(name='network-4')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertFalse(network['id'] is None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertFalse(network['id'] is None)
        self.assertTrue(len(self.networks) > 0)
        self.assertEquals('MIGRATING', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_create_network_5(self):
        # create a network and check its state
        network = self._create_network(name='network-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ERROR', network['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEquals('ACTIVE', network['status'])
        self.assertTrue(isinstance(network, dict))
        self.assertIn('metadata', network)
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
