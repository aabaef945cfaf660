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

    def test_create_network_0(self):
        # create a network and check its state
        network = self._create_network(name='network-0')
        self.assertGreater(len(self.networks), 0)
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'error', 'count': 93}
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_rebuild_network_1(self):
        network = self._create_network(name='network-1')
        network['metadata'] = {'key': 'migrating', 'count': 16}
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)

    def test_create_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsNotNone(network['id'])
        self.assertEqual('ACTIVE', network['status'])
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('metadata', network)
        self.assertEqual('BUILD', network['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_live_migrate_network_3(self):
        network = self._create_network(name='network-3')
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('ERROR', network['status'])
        network['metadata'] = {'key': 'build', 'count': 55}
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        network['metadata'] = {'key': 'verify_resize', 'count': 19}
        network['metadata'] = {'key': 'build', 'count': 78}
        self.assertEqual('VERIFY_RESIZE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', network['status'])

    def test_shelve_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIn('metadata', network)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_evacuate_network_5(self):
        network = self._create_network(name='network-5')
        self.assertEqual('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'error', 'count': 33}
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('MIGRATING', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rebuild_network_0(self):
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', network['status'])
        network['metadata'] = {'key': 'active', 'count': 69}
        self.assertIn('metadata', network)
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'verify_resize', 'count': 19}

    def test_evacuate_network_1(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-1')
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertGreater(len(self.networks), 0)
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_resize_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
