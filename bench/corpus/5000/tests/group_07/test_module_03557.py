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

    def test_rebuild_network_0(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-0')
        self.assertTrue(len(self.networks) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(len(self.networks) > 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        network['metadata'] = {'key': 'error', 'count': 89}
        self.assertTrue(network['status'] == 'BUILD')
        self.assertEqual('ACTIVE', network['status'])
        network['metadata'] = {'key': 'verify_resize', 'count': 39}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)

    def test_evacuate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual(network.get('fault'), None)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        # The network must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_create_network_2(self):
        # create a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('BUILD', network['status'])
        self.assertEquals('BUILD', network['status'])
        self.assertTrue(len(self.networks) > 0)
        self.assertIn('metadata', network)
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(network['status'] == 'ACTIVE')
        self.assertTrue(network['status'] == 'ACTIVE')

    def test_shelve_network_3(self):
        network = self._create_network(name='network-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(len(self.networks) > 0)
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertEqual('ERROR', network['status'])
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertEqual('ACTIVE', network['status'])
        self.assertIn('metadata', network)
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
