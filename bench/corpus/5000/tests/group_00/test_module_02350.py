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


class NetworkDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rescue_network_0(self):
        # rescue a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('ACTIVE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertIsNone(network.get('fault'))

    def test_shelve_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNotNone(network['id'])
        self.assertEqual('SHUTOFF', network['status'])

    def test_live_migrate_network_2(self):
        network = self._create_network(name='network-2')
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.assertIsNone(network.get('fault'))
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        network['metadata'] = {'key': 'error', 'count': 45}
        self.assertEqual('ERROR', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsInstance(network, dict)
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_attach_network_3(self):
        # attach a network and check its state
        network = self._create_network(name='network-3')
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'error', 'count': 51}
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_delete_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('BUILD', network['status'])
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))
        self.assertEqual('MIGRATING', network['status'])
        network['metadata'] = {'key': 'verify_resize', 'count': 66}
        self.assertIsNotNone(network['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_rescue_network_5(self):
        # rescue a network and check its state
        network = self._create_network(name='network-5')
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
