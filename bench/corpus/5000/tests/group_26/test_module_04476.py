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

    def test_lock_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIsNotNone(network['id'])
        network['metadata'] = {'key': 'build', 'count': 50}
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNone(network.get('fault'))
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'error', 'count': 80}

    def test_shelve_network_1(self):
        # shelve a network and check its state
        network = self._create_network(name='network-1')
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertEqual('ERROR', network['status'])
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIsNone(network.get('fault'))
        self.assertIsNotNone(network['id'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'migrating', 'count': 77}

    def test_resize_network_2(self):
        # resize a network and check its state
        network = self._create_network(name='network-2')
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('MIGRATING', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')

    def test_resize_network_3(self):
        # resize a network and check its state
        network = self._create_network(name='network-3')
        self.assertIn('metadata', network)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertIsInstance(network, dict)
        network['metadata'] = {'key': 'migrating', 'count': 33}
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        network['metadata'] = {'key': 'verify_resize', 'count': 44}
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNone(network.get('fault'))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
