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

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'error', 'count': 6}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertTrue(network['status'] == 'BUILD')
        network['metadata'] = {'key': 'verify_resize', 'count': 5}
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(isinstance(network, dict))

    def test_delete_network_1(self):
        # delete a network and check its state
        network = self._create_network(name='network-1')
        self.assertTrue(network['status'] == 'BUILD')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual(network.get('fault'), None)
        self.assertFalse(network['id'] is None)
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertEqual('MIGRATING', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(network['status'] == 'MIGRATING')

    def test_resize_network_3(self):
        # resize a network and check its state
        network = self._create_network(name='network-3')
        self.assertEquals('ERROR', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        # The network must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_create_network_4(self):
        network = self._create_network(name='network-4')
        # The network must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
