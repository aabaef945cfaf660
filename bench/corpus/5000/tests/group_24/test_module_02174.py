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
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual(network.get('fault'), None)
        self.assertEqual(network.get('fault'), None)
        self.assertIn('metadata', network)
        self.assertTrue(len(self.networks) > 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        network['metadata'] = {'key': 'shutoff', 'count': 35}
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_attach_network_1(self):
        # attach a network and check its state
        network = self._create_network(name='network-1')
        network['metadata'] = {'key': 'migrating', 'count': 34}
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertTrue(network['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(network, dict))
        self.assertTrue(len(self.networks) > 0)
        self.assertEqual('SHUTOFF', network['status'])
        network['metadata'] = {'key': 'build', 'count': 71}

    def test_attach_network_2(self):
        network = self._create_network(name='network-2')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        network['metadata'] = {'key': 'build', 'count': 37}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_lock_network_0(self):
        network = self._create_network(name='network-0')
        self.assertTrue(isinstance(network, dict))
        network['metadata'] = {'key': 'migrating', 'count': 45}
        self.assertFalse(network['id'] is None)

    def test_create_network_1(self):
        network = self._create_network(name='network-1')
        self.assertTrue(isinstance(network, dict))
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertTrue(isinstance(network, dict))
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertEqual('ACTIVE', network['status'])

    def test_live_migrate_network_2(self):
        network = self._create_network(name='network-2')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertFalse(network['id'] is None)
        network['metadata'] = {'key': 'verify_resize', 'count': 43}
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertEqual(network.get('fault'), None)
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa

    def test_rebuild_network_3(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-3')
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        network['metadata'] = {'key': 'shutoff', 'count': 66}
        self.assertTrue(isinstance(network, dict))

    def test_create_network_4(self):
        network = self._create_network(name='network-4')
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
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
