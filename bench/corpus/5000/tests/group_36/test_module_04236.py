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

    def test_shelve_network_0(self):
        # shelve a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('ACTIVE', network['status'])
        network['metadata'] = {'key': 'verify_resize', 'count': 42}
        self.assertEqual('ERROR', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('ERROR', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_rebuild_network_1(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'build', 'count': 66}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        network['metadata'] = {'key': 'active', 'count': 99}

    def test_shelve_network_2(self):
        # shelve a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 99}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'shutoff', 'count': 55}
        self.assertIsNone(network.get('fault'))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')

    def test_attach_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIsInstance(network, dict)
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNotNone(network['id'])
        self.assertEqual('ACTIVE', network['status'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_live_migrate_network_4(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-4')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('BUILD', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsInstance(network, dict)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')

    def test_evacuate_network_5(self):
        network = self._create_network(name='network-5')
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertIsInstance(network, dict)
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('BUILD', network['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('SHUTOFF', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_shelve_network_0(self):
        # shelve a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('SHUTOFF', network['status'])
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_delete_network_1(self):
        # delete a network and check its state
        network = self._create_network(name='network-1')
        self.assertIsNone(network.get('fault'))
        self.assertEqual('MIGRATING', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        self.assertEqual('MIGRATING', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')

    def test_evacuate_network_2(self):
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertEqual('ERROR', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertIsInstance(network, dict)
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ACTIVE', network['status'])

    def test_evacuate_network_3(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])
        self.assertEqual('MIGRATING', network['status'])
        network['metadata'] = {'key': 'shutoff', 'count': 2}
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertIn('metadata', network)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
