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


class NetworkResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rebuild_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual(network.get('fault'), None)
        network['metadata'] = {'key': 'active', 'count': 72}
        self.assertEqual(network.get('fault'), None)
        network['metadata'] = {'key': 'shutoff', 'count': 11}
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual('ACTIVE', network['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_resize_network_1(self):
        # resize a network and check its state
        network = self._create_network(name='network-1')
        network['metadata'] = {'key': 'build', 'count': 63}
        self.assertEqual(network.get('fault'), None)
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'verify_resize', 'count': 47}

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual(network.get('fault'), None)
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertFalse(network['id'] is None)

    def test_attach_network_3(self):
        network = self._create_network(name='network-3')
        self.assertTrue(isinstance(network, dict))
        self.assertEqual(network.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        self.assertFalse(network['id'] is None)
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(len(self.networks) > 0)
        self.assertIn('metadata', network)

    def test_rescue_network_1(self):
        # rescue a network and check its state
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'error', 'count': 68}

    def test_shelve_network_2(self):
        # shelve a network and check its state
        network = self._create_network(name='network-2')
        self.assertTrue(network['status'] == 'SHUTOFF')
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertFalse(network['id'] is None)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
