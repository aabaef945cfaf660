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

    def test_lock_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNone(network.get('fault'))

    def test_resize_network_1(self):
        # resize a network and check its state
        network = self._create_network(name='network-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)

    def test_rebuild_network_2(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('ACTIVE', network['status'])
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        self.assertEqual('BUILD', network['status'])
        self.assertGreater(len(self.networks), 0)

    def test_shelve_network_3(self):
        # shelve a network and check its state
        network = self._create_network(name='network-3')
        self.assertIsInstance(network, dict)
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertGreater(len(self.networks), 0)

    def test_rebuild_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        network = self._create_network(name='network-0')
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNotNone(network['id'])

    def test_resize_network_1(self):
        # resize a network and check its state
        network = self._create_network(name='network-1')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNotNone(network['id'])

    def test_evacuate_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsInstance(network, dict)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertEqual('MIGRATING', network['status'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'migrating', 'count': 46}

    def test_evacuate_network_3(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-3')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('BUILD', network['status'])

    def test_rescue_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa

    def test_attach_network_5(self):
        network = self._create_network(name='network-5')
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'error', 'count': 87}
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertGreater(len(self.networks), 0)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
