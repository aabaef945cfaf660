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

    def test_resize_network_0(self):
        # resize a network and check its state
        network = self._create_network(name='network-0')
        self.assertIsNotNone(network['id'])
        self.assertEqual('BUILD', network['status'])
        self.assertIn('metadata', network)
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsInstance(network, dict)

    def test_delete_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('MIGRATING', network['status'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        network['metadata'] = {'key': 'build', 'count': 42}
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('BUILD', network['status'])

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ERROR', network['status'])
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa

    def test_evacuate_network_3(self):
        network = self._create_network(name='network-3')
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        self.assertGreater(len(self.networks), 0)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rebuild_network_0(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-0')
        self.assertIsInstance(network, dict)
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIsNotNone(network['id'])

    def test_create_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        self.assertIn('metadata', network)
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNotNone(network['id'])

    def test_lock_network_2(self):
        # lock a network and check its state
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_create_network_3(self):
        # create a network and check its state
        network = self._create_network(name='network-3')
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'shutoff', 'count': 85}
        self.assertEqual('VERIFY_RESIZE', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
