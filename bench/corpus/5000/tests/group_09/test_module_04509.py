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


class NetworkRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual(network.get('fault'), None)
        self.assertIn('metadata', network)
        self.assertEquals('BUILD', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_rebuild_network_1(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('BUILD', network['status'])
        self.assertTrue(len(self.networks) > 0)
        self.api.post_network_action(network['id'], {'attach': None})  # noqa

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        self.assertEqual('ERROR', network['status'])
        self.assertEqual(network.get('fault'), None)
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual(network.get('fault'), None)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_evacuate_network_0(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(network['status'] == 'ACTIVE')
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(len(self.networks) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue('MIGRATING' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertFalse(network['id'] is None)

    def test_rescue_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEquals('ACTIVE', network['status'])
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(isinstance(network, dict))
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertEqual(network.get('fault'), None)
        self.assertEquals('ERROR', network['status'])

    def test_rescue_network_2(self):
        # rescue a network and check its state
        network = self._create_network(name='network-2')
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertTrue(isinstance(network, dict))
        self.assertIn('metadata', network)
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual(network.get('fault'), None)
        self.assertEquals('ERROR', network['status'])
        self.assertTrue(isinstance(network, dict))
        self.assertEquals('VERIFY_RESIZE', network['status'])

    def test_live_migrate_network_3(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-3')
        # The network must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertFalse(network['id'] is None)
        self.assertTrue(len(self.networks) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEquals('BUILD', network['status'])

    def test_create_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIn('metadata', network)
        self.assertTrue(network['status'] == 'MIGRATING')
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 83}
        self.assertTrue(network['status'] == 'SHUTOFF')

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
