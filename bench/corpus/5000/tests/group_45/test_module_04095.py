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

    def test_evacuate_network_0(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-0')
        self.assertEquals('BUILD', network['status'])
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)
        self.assertEqual(network.get('fault'), None)
        self.assertEqual('BUILD', network['status'])

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEquals('BUILD', network['status'])
        network['metadata'] = {'key': 'error', 'count': 38}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertFalse(network['id'] is None)
        network['metadata'] = {'key': 'error', 'count': 88}

    def test_live_migrate_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEquals('SHUTOFF', network['status'])
        self.assertEquals('ERROR', network['status'])
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertFalse(network['id'] is None)
        self.assertTrue(network['status'] == 'ERROR')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertEquals('ACTIVE', network['status'])
        self.assertEqual(network.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rescue_network_0(self):
        # rescue a network and check its state
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertTrue(network['status'] == 'SHUTOFF')

    def test_live_migrate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertFalse(network['id'] is None)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertFalse(network['id'] is None)
        self.assertEqual(network.get('fault'), None)
        self.assertEquals('BUILD', network['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        # The network must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_rescue_network_2(self):
        # rescue a network and check its state
        network = self._create_network(name='network-2')
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertEquals('BUILD', network['status'])
        self.assertTrue(isinstance(network, dict))
        self.assertFalse(network['id'] is None)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
