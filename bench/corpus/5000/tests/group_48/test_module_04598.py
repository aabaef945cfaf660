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


class NetworkRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rescue_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('BUILD', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertEqual(network.get('fault'), None)
        self.assertIn('metadata', network)

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('MIGRATING', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertEquals('ERROR', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEquals('VERIFY_RESIZE', network['status'])

    def test_resize_network_2(self):
        network = self._create_network(name='network-2')
        self.assertTrue(isinstance(network, dict))
        self.assertEquals('VERIFY_RESIZE', network['status'])
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(len(self.networks) > 0)
        self.assertFalse(network['id'] is None)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rescue_network_0(self):
        # rescue a network and check its state
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertTrue(network['status'] == 'BUILD')

    def test_evacuate_network_1(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-1')
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEquals('VERIFY_RESIZE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertEquals('SHUTOFF', network['status'])
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)

    def test_lock_network_2(self):
        # lock a network and check its state
        network = self._create_network(name='network-2')
        self.assertIn('metadata', network)
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(len(self.networks) > 0)

    def test_delete_network_3(self):
        network = self._create_network(name='network-3')
        network['metadata'] = {'key': 'error', 'count': 5}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIn('metadata', network)

    def test_live_migrate_network_4(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-4')
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(network['status'] == 'BUILD')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertTrue(len(self.networks) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_lock_network_5(self):
        # lock a network and check its state
        network = self._create_network(name='network-5')
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertEquals('SHUTOFF', network['status'])
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
