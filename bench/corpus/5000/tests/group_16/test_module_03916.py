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

    def test_live_migrate_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        network['metadata'] = {'key': 'active', 'count': 37}

    def test_create_network_1(self):
        # create a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(network['status'] == 'ACTIVE')
        network['metadata'] = {'key': 'build', 'count': 95}
        self.assertTrue(len(self.networks) > 0)

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        self.assertFalse(network['id'] is None)
        self.assertTrue(isinstance(network, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(len(self.networks) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(isinstance(network, dict))
        self.assertEqual(network.get('fault'), None)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIn('metadata', network)
        # The network must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_lock_network_3(self):
        network = self._create_network(name='network-3')
        self.assertEqual(network.get('fault'), None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(isinstance(network, dict))
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEquals('ERROR', network['status'])
        self.assertTrue(isinstance(network, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', network)

    def test_attach_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEquals('SHUTOFF', network['status'])
        self.assertEquals('SHUTOFF', network['status'])
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertTrue(isinstance(network, dict))

    def test_delete_network_5(self):
        # delete a network and check its state
        network = self._create_network(name='network-5')
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual(network.get('fault'), None)
        self.assertEqual(network.get('fault'), None)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(network['status'] == 'MIGRATING')
        self.assertEqual('ERROR', network['status'])
        self.assertTrue(isinstance(network, dict))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
