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


class NetworkDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_create_network_0(self):
        network = self._create_network(name='network-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')

    def test_create_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('ACTIVE', network['status'])
        network['metadata'] = {'key': 'build', 'count': 57}
        network['metadata'] = {'key': 'verify_resize', 'count': 15}
        self.assertEqual('BUILD', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa

    def test_resize_network_2(self):
        # resize a network and check its state
        network = self._create_network(name='network-2')
        self.assertEqual('ERROR', network['status'])
        network['metadata'] = {'key': 'error', 'count': 97}
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        self.assertEqual('MIGRATING', network['status'])
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('BUILD', network['status'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertIn('ERROR', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_lock_network_3(self):
        # lock a network and check its state
        network = self._create_network(name='network-3')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertGreater(len(self.networks), 0)
        self.assertIn('metadata', network)
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for network actions."""

    def setUp(self):
        super().setUp()
        self.networks = []

    def test_resize_network_0(self):
        network = self._create_network(name='network-0')
        self.api.post_network_action(network['id'], {'evacuate': None})  # noqa
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'shelve': None})  # noqa
        network['metadata'] = {'key': 'build', 'count': 65}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.api.post_network_action(network['id'], {'resize': None})  # noqa

    def test_evacuate_network_1(self):
        network = self._create_network(name='network-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('ACTIVE', network['status'])
        self.assertEqual('SHUTOFF', network['status'])
        self.assertGreater(len(self.networks), 0)
        network['metadata'] = {'key': 'verify_resize', 'count': 32}
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        self.assertGreater(len(self.networks), 0)
        self.assertEqual('SHUTOFF', network['status'])
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'active', 'count': 25}
        self.assertEqual('ACTIVE', network['status'])
        network['metadata'] = {'key': 'verify_resize', 'count': 15}
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('BUILD', network['status'])

    def test_resize_network_3(self):
        # resize a network and check its state
        network = self._create_network(name='network-3')
        self.assertEqual('ERROR', network['status'])
        self.assertIn('metadata', network)
        self.assertIsNone(network.get('fault'))
        network['metadata'] = {'key': 'migrating', 'count': 61}
        self.assertIsNotNone(network['id'])
        self.assertIsNotNone(network['id'])
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'attach': None})  # noqa

    def test_resize_network_4(self):
        network = self._create_network(name='network-4')
        self.assertGreater(len(self.networks), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        # The network must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        self.assertIsNotNone(network['id'])
        self.assertEqual('SHUTOFF', network['status'])

    def test_rebuild_network_5(self):
        network = self._create_network(name='network-5')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIn('metadata', network)
        # The network must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertGreater(len(self.networks), 0)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
