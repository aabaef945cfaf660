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
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ERROR', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)
        self.assertIsNotNone(network['id'])

    def test_resize_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('BUILD', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', network['status'])

    def test_rebuild_network_2(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-2')
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'migrating', 'count': 43}
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('ERROR', network['status'])
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'error', 'count': 25}

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        network = self._create_network(name='network-0')
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'verify_resize', 'count': 33}
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertEqual('BUILD', network['status'])
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ERROR', network['status'])

    def test_shelve_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)
        self.assertIsNotNone(network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def test_rebuild_network_2(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsInstance(network, dict)

    def test_delete_network_3(self):
        network = self._create_network(name='network-3')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertIsInstance(network, dict)
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertGreater(len(self.networks), 0)
        self.api.post_network_action(network['id'], {'create': None})  # noqa

    def test_create_network_4(self):
        # create a network and check its state
        network = self._create_network(name='network-4')
        self.assertIsInstance(network, dict)
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        self.assertIsNotNone(network['id'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'error', 'count': 34}

    def test_rescue_network_5(self):
        # rescue a network and check its state
        network = self._create_network(name='network-5')
        self.assertEqual('ERROR', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
