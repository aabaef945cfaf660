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


class ServerLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_create_server_0(self):
        server = self._create_server(name='server-0')
        self.assertTrue(len(self.servers) > 0)
        server['metadata'] = {'key': 'shutoff', 'count': 79}
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        server['metadata'] = {'key': 'error', 'count': 26}

    def test_rescue_server_1(self):
        # rescue a server and check its state
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'verify_resize', 'count': 18}
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_evacuate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(server['status'] == 'ACTIVE')
        self.assertTrue(isinstance(server, dict))
        self.assertEqual(server.get('fault'), None)
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 64}
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        # attach a server and check its state
        server = self._create_server(name='server-0')
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(isinstance(server, dict))
        server['metadata'] = {'key': 'shutoff', 'count': 61}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_rescue_server_1(self):
        # rescue a server and check its state
        server = self._create_server(name='server-1')
        self.assertTrue(server['status'] == 'MIGRATING')
        server['metadata'] = {'key': 'active', 'count': 73}
        self.assertEquals('SHUTOFF', server['status'])

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        server['metadata'] = {'key': 'shutoff', 'count': 73}
        self.assertTrue(server['status'] == 'ERROR')
        self.assertEqual('ACTIVE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertTrue(server['status'] == 'BUILD')
        server['metadata'] = {'key': 'error', 'count': 53}
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEqual(server.get('fault'), None)

    def test_shelve_server_3(self):
        # shelve a server and check its state
        server = self._create_server(name='server-3')
        self.assertTrue(len(self.servers) > 0)
        server['metadata'] = {'key': 'shutoff', 'count': 15}
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertFalse(server['id'] is None)

    def test_live_migrate_server_4(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-4')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual(server.get('fault'), None)
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertEqual(server.get('fault'), None)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
