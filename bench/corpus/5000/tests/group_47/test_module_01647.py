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


class NetworkAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_rescue_network_0(self):
        network = self._create_network(name='network-0')
        network['metadata'] = {'key': 'shutoff', 'count': 27}
        self.assertEqual('ERROR', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('MIGRATING', network['status'])
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'build', 'count': 71}

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'build', 'count': 85}
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('ERROR', network['status'])
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertIsNotNone(network['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_rebuild_network_2(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-2')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIsNotNone(network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('BUILD', network['status'])

    def test_attach_network_3(self):
        network = self._create_network(name='network-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_create_network_4(self):
        # create a network and check its state
        network = self._create_network(name='network-4')
        self.assertEqual('MIGRATING', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('MIGRATING', network['status'])

    def test_lock_network_5(self):
        network = self._create_network(name='network-5')
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
