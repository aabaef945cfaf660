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

    def test_lock_network_0(self):
        # lock a network and check its state
        network = self._create_network(name='network-0')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(isinstance(network, dict))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertFalse(network['id'] is None)
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual(network.get('fault'), None)
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_rebuild_network_1(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        self.assertEquals('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertTrue(len(self.networks) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_rebuild_network_2(self):
        network = self._create_network(name='network-2')
        self.assertTrue(isinstance(network, dict))
        self.assertIn('metadata', network)
        self.assertEquals('BUILD', network['status'])
        self.assertTrue(isinstance(network, dict))
        self.assertFalse(network['id'] is None)
        self.assertTrue(len(self.networks) > 0)
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_rebuild_network_3(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-3')
        self.assertEqual('BUILD', network['status'])
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertFalse(network['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'error', 'count': 59}
        network['metadata'] = {'key': 'verify_resize', 'count': 19}
        self.assertFalse(network['id'] is None)
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_resize_network_4(self):
        # resize a network and check its state
        network = self._create_network(name='network-4')
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)
        self.assertEquals('VERIFY_RESIZE', network['status'])
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertEquals('SHUTOFF', network['status'])
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa

    def test_shelve_network_5(self):
        # shelve a network and check its state
        network = self._create_network(name='network-5')
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertIn('metadata', network)
        self.assertEquals('SHUTOFF', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        network['metadata'] = {'key': 'verify_resize', 'count': 34}
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertTrue(len(self.networks) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'verify_resize', 'count': 80}
        self.assertFalse(network['id'] is None)
        network['metadata'] = {'key': 'shutoff', 'count': 16}
        self.assertTrue(len(self.networks) > 0)

    def test_delete_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEquals('VERIFY_RESIZE', network['status'])
        self.assertIn('metadata', network)
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(network['status'] == 'ACTIVE')

    def test_rebuild_network_2(self):
        network = self._create_network(name='network-2')
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        network['metadata'] = {'key': 'shutoff', 'count': 54}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        network['metadata'] = {'key': 'verify_resize', 'count': 83}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_evacuate_network_3(self):
        network = self._create_network(name='network-3')
        self.assertFalse(network['id'] is None)
        self.assertEquals('ACTIVE', network['status'])
        self.assertTrue(isinstance(network, dict))
        self.assertEquals('SHUTOFF', network['status'])
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
