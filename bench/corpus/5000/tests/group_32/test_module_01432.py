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

    def test_lock_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('MIGRATING', network['status'])
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(len(self.networks) > 0)
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa

    def test_live_migrate_network_1(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-1')
        self.assertTrue(len(self.networks) > 0)
        self.assertFalse(network['id'] is None)
        network['metadata'] = {'key': 'active', 'count': 70}
        self.assertFalse(network['id'] is None)

    def test_resize_network_2(self):
        # resize a network and check its state
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'shutoff', 'count': 87}
        network['metadata'] = {'key': 'migrating', 'count': 98}
        self.assertTrue(network['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(network, dict))

    def test_rescue_network_3(self):
        # rescue a network and check its state
        network = self._create_network(name='network-3')
        self.assertFalse(network['id'] is None)
        self.assertFalse(network['id'] is None)
        self.assertTrue(network['status'] == 'SHUTOFF')
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEquals('ERROR', network['status'])

    def test_evacuate_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEqual(network.get('fault'), None)
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertTrue(network['status'] == 'ERROR')
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertEqual(network.get('fault'), None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)
        self.assertTrue(len(self.networks) > 0)

    def test_resize_network_5(self):
        network = self._create_network(name='network-5')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIn('metadata', network)
        self.assertTrue(isinstance(network, dict))
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual('ERROR', network['status'])
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'active', 'count': 91}

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
