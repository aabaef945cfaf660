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
        self.assertFalse(network['id'] is None)
        network['metadata'] = {'key': 'active', 'count': 15}
        network['metadata'] = {'key': 'shutoff', 'count': 88}
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertFalse(network['id'] is None)
        self.assertFalse(network['id'] is None)

    def test_resize_network_1(self):
        network = self._create_network(name='network-1')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertFalse(network['id'] is None)
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'active', 'count': 94}

    def test_shelve_network_2(self):
        # shelve a network and check its state
        network = self._create_network(name='network-2')
        self.assertEquals('BUILD', network['status'])
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertIn('metadata', network)
        self.assertEqual(network.get('fault'), None)
        self.assertEqual(network.get('fault'), None)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        # The network must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
