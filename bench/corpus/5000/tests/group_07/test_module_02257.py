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


class ServerRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        self.assertEqual('BUILD', server['status'])
        self.assertGreater(len(self.servers), 0)

    def test_rescue_server_1(self):
        # rescue a server and check its state
        server = self._create_server(name='server-1')
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ACTIVE', server['status'])
        server['metadata'] = {'key': 'active', 'count': 81}
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_lock_server_2(self):
        # lock a server and check its state
        server = self._create_server(name='server-2')
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'error', 'count': 54}
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('MIGRATING', server['status'])

    def test_shelve_server_3(self):
        server = self._create_server(name='server-3')
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'error', 'count': 2}
        server['metadata'] = {'key': 'error', 'count': 27}
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'verify_resize', 'count': 76}
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_evacuate_server_0(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-0')
        self.assertIsInstance(server, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ERROR', server['status'])

    def test_live_migrate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_attach_server_2(self):
        # attach a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.assertIsInstance(server, dict)
        self.assertEqual('BUILD', server['status'])
        self.assertIsInstance(server, dict)

    def test_delete_server_3(self):
        # delete a server and check its state
        server = self._create_server(name='server-3')
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
