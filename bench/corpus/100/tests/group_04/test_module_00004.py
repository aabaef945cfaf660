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

    def test_shelve_network_0(self):
        network = self._create_network(name='network-0')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('BUILD', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('MIGRATING', network['status'])

    def test_resize_network_1(self):
        # resize a network and check its state
        network = self._create_network(name='network-1')
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertGreater(len(self.networks), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        network['metadata'] = {'key': 'build', 'count': 31}
        network['metadata'] = {'key': 'migrating', 'count': 0}
        self.assertIsNotNone(network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
