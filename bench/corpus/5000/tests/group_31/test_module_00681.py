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


class NetworkEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_shelve_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'shutoff', 'count': 32}
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'verify_resize', 'count': 39}
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'error', 'count': 49}
        self.assertIsInstance(network, dict)
        self.assertEqual('ERROR', network['status'])

    def test_rescue_network_1(self):
        # rescue a network and check its state
        network = self._create_network(name='network-1')
        self.assertGreater(len(self.networks), 0)
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertGreater(len(self.networks), 0)
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_create_network_2(self):
        # create a network and check its state
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('BUILD', network['status'])
        network['metadata'] = {'key': 'shutoff', 'count': 50}
        self.assertGreater(len(self.networks), 0)
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertIn('metadata', network)

    def test_rebuild_network_3(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-3')
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('SHUTOFF', network['status'])

    def test_shelve_network_4(self):
        network = self._create_network(name='network-4')
        self.assertGreater(len(self.networks), 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')

    def test_delete_network_5(self):
        network = self._create_network(name='network-5')
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'error', 'count': 8}
        network['metadata'] = {'key': 'migrating', 'count': 80}
        self.assertIn('metadata', network)
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('ACTIVE', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
