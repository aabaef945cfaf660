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

    def test_resize_network_0(self):
        # resize a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertGreater(len(self.networks), 0)

    def test_resize_network_1(self):
        # resize a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'active', 'count': 2}
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))

    def test_create_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'error', 'count': 76}
        self.assertEqual('MIGRATING', network['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_delete_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        self.assertEqual('BUILD', network['status'])
        network['metadata'] = {'key': 'verify_resize', 'count': 6}
        self.assertIn('metadata', network)

    def test_attach_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        self.assertEqual('MIGRATING', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_delete_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)

    def test_live_migrate_network_1(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-1')
        network['metadata'] = {'key': 'error', 'count': 95}
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'verify_resize', 'count': 71}
        network['metadata'] = {'key': 'active', 'count': 10}
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.networks), 0)

    def test_shelve_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', network['status'])
        network['metadata'] = {'key': 'verify_resize', 'count': 21}

    def test_delete_network_3(self):
        # delete a network and check its state
        network = self._create_network(name='network-3')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ACTIVE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIsInstance(network, dict)
        self.assertEqual('ERROR', network['status'])

    def test_rescue_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('BUILD', network['status'])
        network['metadata'] = {'key': 'shutoff', 'count': 65}
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        self.assertIsNone(network.get('fault'))
        self.assertEqual('VERIFY_RESIZE', network['status'])
        network['metadata'] = {'key': 'build', 'count': 79}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
