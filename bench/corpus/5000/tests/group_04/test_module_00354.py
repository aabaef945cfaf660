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

    def test_live_migrate_network_0(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertTrue(isinstance(network, dict))
        self.assertEqual('SHUTOFF', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual(network.get('fault'), None)
        self.assertEqual(network.get('fault'), None)
        self.assertEquals('MIGRATING', network['status'])
        self.assertEqual('SHUTOFF', network['status'])

    def test_rescue_network_1(self):
        network = self._create_network(name='network-1')
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(isinstance(network, dict))
        self.assertIn('metadata', network)
        self.assertTrue(isinstance(network, dict))
        self.assertEquals('SHUTOFF', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertFalse(network['id'] is None)

    def test_rebuild_network_2(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-2')
        self.assertEquals('ERROR', network['status'])
        self.assertEquals('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'build', 'count': 5}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_rescue_network_3(self):
        # rescue a network and check its state
        network = self._create_network(name='network-3')
        self.assertIn('metadata', network)
        self.assertFalse(network['id'] is None)
        network['metadata'] = {'key': 'verify_resize', 'count': 46}
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEquals('BUILD', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertEquals('ACTIVE', network['status'])
        self.assertIn('metadata', network)
        self.assertTrue(len(self.networks) > 0)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
