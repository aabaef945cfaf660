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

    def test_rebuild_network_0(self):
        network = self._create_network(name='network-0')
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertGreater(len(self.networks), 0)
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'attach': None})  # noqa

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_live_migrate_network_2(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('MIGRATING', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
