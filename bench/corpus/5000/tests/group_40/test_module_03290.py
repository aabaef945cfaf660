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

    def test_live_migrate_network_0(self):
        network = self._create_network(name='network-0')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertEqual('BUILD', network['status'])
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'error', 'count': 54}

    def test_attach_network_1(self):
        # attach a network and check its state
        network = self._create_network(name='network-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertIn('metadata', network)
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'migrating', 'count': 4}
        self.assertIsNotNone(network['id'])

    def test_evacuate_network_2(self):
        network = self._create_network(name='network-2')
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertIn('metadata', network)
        self.assertEqual('ERROR', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_resize_network_0(self):
        # resize a network and check its state
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa

    def test_rebuild_network_1(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-1')
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ERROR', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIsNotNone(network['id'])

    def test_create_network_2(self):
        # create a network and check its state
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)
        self.assertEqual('MIGRATING', network['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ERROR', network['status'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertEqual('ERROR', network['status'])

    def test_delete_network_3(self):
        network = self._create_network(name='network-3')
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
