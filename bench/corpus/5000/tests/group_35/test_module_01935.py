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

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        # The network must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEquals('ACTIVE', network['status'])
        self.assertFalse(network['id'] is None)
        self.assertEquals('ACTIVE', network['status'])
        self.assertTrue(isinstance(network, dict))
        network['metadata'] = {'key': 'migrating', 'count': 77}
        self.assertTrue(len(self.networks) > 0)
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertEquals('ERROR', network['status'])
        self.assertEquals('SHUTOFF', network['status'])

    def test_rebuild_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIn('metadata', network)
        # The network must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertFalse(network['id'] is None)
        self.api.post_network_action(network['id'], {'resize': None})  # noqa

    def test_rescue_network_2(self):
        # rescue a network and check its state
        network = self._create_network(name='network-2')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertFalse(network['id'] is None)
        self.assertTrue(network['status'] == 'ERROR')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertTrue(isinstance(network, dict))
        self.assertFalse(network['id'] is None)
        self.assertFalse(network['id'] is None)

    def test_delete_network_3(self):
        network = self._create_network(name='network-3')
        network['metadata'] = {'key': 'build', 'count': 33}
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual(network.get('fault'), None)
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        self.assertTrue(len(self.networks) > 0)

    def test_delete_network_4(self):
        network = self._create_network(name='network-4')
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa
        self.assertFalse(network['id'] is None)
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertTrue(network['status'] == 'BUILD')
        self.assertFalse(network['id'] is None)
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEquals('MIGRATING', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_delete_network_0(self):
        network = self._create_network(name='network-0')
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual(network.get('fault'), None)
        self.assertFalse(network['id'] is None)
        self.assertTrue(network['status'] == 'ERROR')
        self.assertTrue(isinstance(network, dict))

    def test_create_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('BUILD', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.api.post_network_action(network['id'], {'resize': None})  # noqa

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'shutoff', 'count': 70}
        network['metadata'] = {'key': 'migrating', 'count': 79}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertEquals('ACTIVE', network['status'])
        self.assertTrue(isinstance(network, dict))
        self.assertFalse(network['id'] is None)
        self.assertEquals('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
