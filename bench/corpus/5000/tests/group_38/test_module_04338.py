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

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIsNotNone(network['id'])
        self.assertEqual('SHUTOFF', network['status'])
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ERROR', network['status'])

    def test_shelve_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertEqual('BUILD', network['status'])
        self.assertGreater(len(self.networks), 0)

    def test_rebuild_network_2(self):
        network = self._create_network(name='network-2')
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'shutoff', 'count': 12}
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        self.assertIsNotNone(network['id'])

    def test_lock_network_3(self):
        network = self._create_network(name='network-3')
        network['metadata'] = {'key': 'active', 'count': 7}
        self.assertEqual('ACTIVE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ERROR', network['status'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_resize_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertGreater(len(self.networks), 0)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_delete_network_0(self):
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNotNone(network['id'])
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_rescue_network_1(self):
        # rescue a network and check its state
        network = self._create_network(name='network-1')
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertEqual('ACTIVE', network['status'])

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        self.api.post_network_action(network['id'], {'attach': None})  # noqa

    def test_shelve_network_3(self):
        # shelve a network and check its state
        network = self._create_network(name='network-3')
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        network['metadata'] = {'key': 'active', 'count': 95}

    def test_attach_network_4(self):
        network = self._create_network(name='network-4')
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertIsInstance(network, dict)
        self.assertGreater(len(self.networks), 0)
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNotNone(network['id'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])

    def test_delete_network_5(self):
        network = self._create_network(name='network-5')
        network['metadata'] = {'key': 'active', 'count': 36}
        self.assertIsInstance(network, dict)
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
