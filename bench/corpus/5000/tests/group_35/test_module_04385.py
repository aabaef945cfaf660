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

    def test_lock_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIsInstance(network, dict)
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertGreater(len(self.networks), 0)
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        network['metadata'] = {'key': 'shutoff', 'count': 68}

    def test_lock_network_1(self):
        # lock a network and check its state
        network = self._create_network(name='network-1')
        self.assertIsNotNone(network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'build', 'count': 91}

    def test_shelve_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNotNone(network['id'])

    def test_create_network_3(self):
        network = self._create_network(name='network-3')
        self.assertEqual('MIGRATING', network['status'])
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'verify_resize', 'count': 60}
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'migrating', 'count': 59}

    def test_rebuild_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'shutoff', 'count': 33}
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
