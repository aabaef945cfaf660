# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the server API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class ServerLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        # attach a server and check its state
        server = self._create_server(name='server-0')
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('BUILD', server['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertFalse(server['id'] is None)
        self.assertEqual('SHUTOFF', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_attach_server_1(self):
        # attach a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual(server.get('fault'), None)
        self.assertFalse(server['id'] is None)
        self.assertTrue(isinstance(server, dict))

    def test_attach_server_2(self):
        server = self._create_server(name='server-2')
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertTrue(isinstance(server, dict))
        self.assertEqual('ACTIVE', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 95}
        server['metadata'] = {'key': 'error', 'count': 20}
        self.assertEquals('ERROR', server['status'])
        self.assertFalse(server['id'] is None)
        self.assertTrue(len(self.servers) > 0)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_evacuate_server_0(self):
        server = self._create_server(name='server-0')
        self.assertFalse(server['id'] is None)
        self.assertEquals('ACTIVE', server['status'])
        self.assertIn('metadata', server)

    def test_rescue_server_1(self):
        server = self._create_server(name='server-1')
        self.assertTrue(server['status'] == 'ERROR')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertFalse(server['id'] is None)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa

    def test_shelve_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual(server.get('fault'), None)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertFalse(server['id'] is None)

    def test_evacuate_server_3(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-3')
        self.assertEquals('MIGRATING', server['status'])
        server['metadata'] = {'key': 'error', 'count': 99}
        self.assertEquals('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('BUILD', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')

    def test_evacuate_server_4(self):
        server = self._create_server(name='server-4')
        self.assertIn('metadata', server)
        self.assertTrue(server['status'] == 'ACTIVE')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')

    def test_shelve_server_5(self):
        # shelve a server and check its state
        server = self._create_server(name='server-5')
        self.assertTrue(isinstance(server, dict))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
