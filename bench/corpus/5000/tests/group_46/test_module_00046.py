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


class NetworkShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_evacuate_network_0(self):
        network = self._create_network(name='network-0')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertEquals('ACTIVE', network['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'lock': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')

    def test_rescue_network_1(self):
        network = self._create_network(name='network-1')
        self.assertTrue(network['status'] == 'MIGRATING')
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(network['status'] == 'ERROR')
        self.assertEquals('SHUTOFF', network['status'])
        self.assertFalse(network['id'] is None)
        self.assertEqual(network.get('fault'), None)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')

    def test_delete_network_2(self):
        # delete a network and check its state
        network = self._create_network(name='network-2')
        self.assertFalse(network['id'] is None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa

    def test_resize_network_3(self):
        network = self._create_network(name='network-3')
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)
        self.assertEqual(network.get('fault'), None)
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertFalse(network['id'] is None)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        network['metadata'] = {'key': 'shutoff', 'count': 0}
        self.assertFalse(network['id'] is None)

    def test_rebuild_network_4(self):
        network = self._create_network(name='network-4')
        self.assertFalse(network['id'] is None)
        self.assertTrue(network['status'] == 'ACTIVE')
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertTrue(len(self.networks) > 0)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
