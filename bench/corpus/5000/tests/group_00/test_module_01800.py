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
        self.assertTrue(isinstance(network, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('metadata', network)
        self.assertTrue('BUILD' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual(network.get('fault'), None)
        network['metadata'] = {'key': 'error', 'count': 75}

    def test_lock_network_1(self):
        network = self._create_network(name='network-1')
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(len(self.networks) > 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        self.assertTrue(isinstance(network, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(network['status'] == 'ERROR')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')

    def test_shelve_network_2(self):
        network = self._create_network(name='network-2')
        self.assertFalse(network['id'] is None)
        self.assertEquals('ACTIVE', network['status'])
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def test_evacuate_network_3(self):
        # evacuate a network and check its state
        network = self._create_network(name='network-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertTrue(isinstance(network, dict))
        self.assertEquals('VERIFY_RESIZE', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_evacuate_network_4(self):
        network = self._create_network(name='network-4')
        self.assertEqual(network.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEqual(network.get('fault'), None)
        self.assertIn('metadata', network)
        self.assertTrue(network['status'] == 'ACTIVE')
        self.assertTrue(isinstance(network, dict))
        self.assertEqual('MIGRATING', network['status'])
        self.assertTrue(isinstance(network, dict))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_delete_network_0(self):
        network = self._create_network(name='network-0')
        # The network must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertEqual(network.get('fault'), None)

    def test_live_migrate_network_1(self):
        network = self._create_network(name='network-1')
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_rebuild_network_2(self):
        network = self._create_network(name='network-2')
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue(isinstance(network, dict))
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue(len(self.networks) > 0)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa

    def test_delete_network_3(self):
        network = self._create_network(name='network-3')
        self.assertEquals('BUILD', network['status'])
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertEquals('SHUTOFF', network['status'])
        self.assertTrue(len(self.networks) > 0)

    def test_live_migrate_network_4(self):
        # live migrate a network and check its state
        network = self._create_network(name='network-4')
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        self.assertTrue(network['status'] == 'VERIFY_RESIZE')
        network['metadata'] = {'key': 'error', 'count': 71}
        self.assertFalse(network['id'] is None)
        network['metadata'] = {'key': 'error', 'count': 89}
        self.assertEqual('ERROR', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
