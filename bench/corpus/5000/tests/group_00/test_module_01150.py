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

    def test_delete_network_0(self):
        # delete a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        self.assertEqual('BUILD', network['status'])

    def test_live_migrate_network_1(self):
        network = self._create_network(name='network-1')
        network['metadata'] = {'key': 'active', 'count': 18}
        self.assertIsNotNone(network['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsInstance(network, dict)
        self.assertEqual('BUILD', network['status'])
        self.assertIn('metadata', network)
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_create_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('BUILD', network['status'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertIsNotNone(network['id'])
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'build', 'count': 18}
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', network)
        self.assertEqual('SHUTOFF', network['status'])

    def test_lock_network_3(self):
        network = self._create_network(name='network-3')
        self.assertIsNone(network.get('fault'))
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)

    def test_rescue_network_4(self):
        # rescue a network and check its state
        network = self._create_network(name='network-4')
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'active', 'count': 66}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIsNotNone(network['id'])
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')

    def test_resize_network_5(self):
        # resize a network and check its state
        network = self._create_network(name='network-5')
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertIsInstance(network, dict)
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('SHUTOFF', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_resize_network_0(self):
        # resize a network and check its state
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertEqual('BUILD', network['status'])
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)
        self.assertEqual('BUILD', network['status'])
        self.assertIsInstance(network, dict)
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertIsInstance(network, dict)

    def test_rebuild_network_2(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-2')
        self.assertIsNone(network.get('fault'))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'build', 'count': 81}
        self.assertIsInstance(network, dict)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
