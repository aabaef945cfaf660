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


class NetworkResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_evacuate_network_0(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-0')
        self.assertEqual('MIGRATING', network['status'])
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'verify_resize', 'count': 74}

    def test_attach_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIsNotNone(network['id'])
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)

    def test_attach_network_2(self):
        # attach a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('ACTIVE', network['status'])
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', network)

    def test_lock_network_3(self):
        # lock a network and check its state
        network = self._create_network(name='network-3')
        self.assertIsInstance(network, dict)
        self.assertEqual('ACTIVE', network['status'])
        network['metadata'] = {'key': 'build', 'count': 22}
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'migrating', 'count': 33}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_resize_network_4(self):
        # resize a network and check its state
        network = self._create_network(name='network-4')
        self.assertEqual('SHUTOFF', network['status'])
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('ACTIVE', network['status'])
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNone(network.get('fault'))
        self.assertIsNone(network.get('fault'))
        self.assertEqual('SHUTOFF', network['status'])

    def test_rescue_network_5(self):
        # rescue a network and check its state
        network = self._create_network(name='network-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIsInstance(network, dict)
        self.assertEqual('BUILD', network['status'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
