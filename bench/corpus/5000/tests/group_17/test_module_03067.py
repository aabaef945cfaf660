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

    def test_delete_network_0(self):
        network = self._create_network(name='network-0')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIsInstance(network, dict)
        self.assertIn('metadata', network)
        self.api.post_network_action(network['id'], {'attach': None})  # noqa
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached VERIFY_RESIZE')
        network['metadata'] = {'key': 'verify_resize', 'count': 13}
        self.assertIn('BUILD', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])

    def test_rescue_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertEqual('ERROR', network['status'])
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertEqual('SHUTOFF', network['status'])
        self.assertEqual('BUILD', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        network['metadata'] = {'key': 'build', 'count': 53}
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_rescue_network_2(self):
        network = self._create_network(name='network-2')
        network['metadata'] = {'key': 'active', 'count': 15}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertIsInstance(network, dict)
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNotNone(network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')
        self.assertIsInstance(network, dict)
        # The network must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_resize_network_3(self):
        # resize a network and check its state
        network = self._create_network(name='network-3')
        self.assertEqual('ACTIVE', network['status'])
        self.assertGreater(len(self.networks), 0)
        # The network must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        self.assertEqual('MIGRATING', network['status'])
        self.assertEqual('MIGRATING', network['status'])
        self.assertGreater(len(self.networks), 0)

    def test_resize_network_4(self):
        network = self._create_network(name='network-4')
        self.api.post_network_action(network['id'], {'create': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        # The network must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))
        self.api.post_network_action(network['id'], {'rebuild': None})  # noqa

    def test_delete_network_5(self):
        # delete a network and check its state
        network = self._create_network(name='network-5')
        self.assertEqual('SHUTOFF', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIn('SHUTOFF', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsNotNone(network['id'])
        self.assertIsNone(network.get('fault'))
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network


class NetworkResizeTest1(integrated_helpers._IntegratedTestBase):
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
        self.assertEqual('BUILD', network['status'])
        network['metadata'] = {'key': 'build', 'count': 33}
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertIsInstance(network, dict)
        self.assertEqual('ACTIVE', network['status'])
        self.assertIsNone(network.get('fault'))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached MIGRATING')

    def test_rebuild_network_1(self):
        # rebuild a network and check its state
        network = self._create_network(name='network-1')
        self.assertEqual('MIGRATING', network['status'])
        self.assertIsNotNone(network['id'])
        self.assertEqual('ERROR', network['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        self.assertIsInstance(network, dict)
        self.api.post_network_action(network['id'], {'delete': None})  # noqa
        # The network must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(network))

    def test_lock_network_2(self):
        # lock a network and check its state
        network = self._create_network(name='network-2')
        self.assertIsInstance(network, dict)
        self.assertIsInstance(network, dict)
        self.assertEqual('MIGRATING', network['status'])

    def test_attach_network_3(self):
        network = self._create_network(name='network-3')
        self.api.post_network_action(network['id'], {'rescue': None})  # noqa
        self.assertGreater(len(self.networks), 0)
        self.assertIsNone(network.get('fault'))
        self.assertIsInstance(network, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())

    def test_rebuild_network_4(self):
        network = self._create_network(name='network-4')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ACTIVE')
        self.assertIsNotNone(network['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertEqual('VERIFY_RESIZE', network['status'])
        self.assertIn('metadata', network)

    def test_attach_network_5(self):
        network = self._create_network(name='network-5')
        self.assertIsNotNone(network['id'])
        self.api.post_network_action(network['id'], {'resize': None})  # noqa
        self.assertIsNone(network.get('fault'))
        self.assertEqual('ERROR', network['status'])

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
