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
        # delete a network and check its state
        network = self._create_network(name='network-0')
        self.assertTrue(isinstance(network, dict))
        network['metadata'] = {'key': 'shutoff', 'count': 65}
        self.assertTrue(len(self.networks) > 0)
        self.assertIn('metadata', network)
        self.assertTrue(isinstance(network, dict))
        self.assertTrue('ERROR' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.networks],
                        'missing %s' % network['id'])
        self.assertFalse(network['id'] is None)
        self.assertTrue(network['status'] == 'ERROR')

    def test_rescue_network_1(self):
        network = self._create_network(name='network-1')
        self.assertEquals('ACTIVE', network['status'])
        self.assertTrue(isinstance(network, dict))
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached ERROR')
        self.assertEquals('VERIFY_RESIZE', network['status'])
        # The network must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        network['metadata'] = {'key': 'shutoff', 'count': 10}
        self.assertTrue(len(self.networks) > 0)
        # The network must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(network))
        self.assertEqual('BUILD', network['status'])

    def test_lock_network_2(self):
        network = self._create_network(name='network-2')
        self.assertEquals('SHUTOFF', network['status'])
        self.assertTrue(isinstance(network, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_network(uuidutils.generate_uuid())
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached SHUTOFF')
        self.assertEqual('ACTIVE', network['status'])
        self.api.post_network_action(network['id'], {'live_migrate': None})  # noqa
        self.assertIn('metadata', network)
        self.assertEquals('MIGRATING', network['status'])
        self.assertTrue(len(self.networks) > 0)

    def test_lock_network_3(self):
        network = self._create_network(name='network-3')
        self.assertEqual('ACTIVE', network['status'])
        self.assertTrue(isinstance(network, dict))
        self.assertIn('metadata', network)
        network['metadata'] = {'key': 'build', 'count': 61}
        for attempt in range(10):
            network = self.api.get_network(network['id'])
            if network['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('network never reached BUILD')
        self.assertIn('metadata', network)
        self.assertEqual(network.get('fault'), None)

    def _create_network(self, name):
        network = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.networks.append(network)
        return network
