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

    def test_live_migrate_network_0(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('ACTIVE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('BUILD', network['status'])
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_evacuate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNotNone(network['id'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('VERIFY_RESIZE', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 85}
        self.assertEqual('ERROR', network['status'])

    def test_attach_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEqual('ACTIVE', network['status'])
        self.assertIn('metadata', network)
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'build', 'count': 10}
        self.assertEqual('ERROR', network['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
