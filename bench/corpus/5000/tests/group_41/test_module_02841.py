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


class NetworkRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_delete_network_0(self):
        network = self._create_network(name='network-0')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertTrue(network['status'] == 'MIGRATING')
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertTrue(isinstance(network, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_live_migrate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(network['status'] == 'ERROR')
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        network['metadata'] = {'key': 'migrating', 'count': 11}
        self.assertEqual('BUILD', network['status'])
        self.assertTrue(network['status'] == 'ACTIVE')

    def test_live_migrate_network_2(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-2')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(network['status'] == 'SHUTOFF')
        self.assertIn('metadata', network)
        self.assertTrue(network['status'] == 'ERROR')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual(network.get('fault'), None)
        self.assertTrue(len(self.networks) > 0)

    def test_resize_network_3(self):
        network = self._create_network(name='network-3')
        self.assertEqual('BUILD', network['status'])
        self.assertTrue(isinstance(network, dict))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertTrue(len(self.networks) > 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertIn('metadata', network)

    def test_rebuild_network_4(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-4')
        self.assertEqual('ERROR', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertFalse(network['id'] is None)
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual('ERROR', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertEqual(network.get('fault'), None)

    def test_shelve_network_5(self):
        # shelve a network and check its state
        network = self._create_network(name='network-5')
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEquals('SHUTOFF', network['status'])
        self.assertIn('metadata', network)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
