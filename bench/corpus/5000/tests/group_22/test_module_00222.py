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

    def test_live_migrate_network_0(self):
        network = self._create_network(name='network-0')
        network['metadata'] = {'key': 'error', 'count': 99}
        network['metadata'] = {'key': 'verify_resize', 'count': 93}
        self.assertIsNotNone(network['id'])
        self.assertEqual('BUILD', network['status'])
        self.assertIn('metadata', network)
        self.assertGreater(len(self.networks), 0)
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_attach_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        network['metadata'] = {'key': 'error', 'count': 44}
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertIsNone(network.get('fault'))

    def test_shelve_network_2(self):
        network = self._create_network(name='network-2')
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertGreater(len(self.networks), 0)

    def test_create_network_3(self):
        # create a network and check its state
        network = self._create_network(name='network-3')
        network['metadata'] = {'key': 'verify_resize', 'count': 57}
        network['metadata'] = {'key': 'error', 'count': 60}
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertIsNone(network.get('fault'))
        self.assertIn('metadata', network)
        self.assertIn('metadata', network)
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
