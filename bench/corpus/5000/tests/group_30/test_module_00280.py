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

    def test_resize_server_0(self):
        server = self._create_server(name='server-0')
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_attach_server_1(self):
        # attach a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 43}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.assertGreater(len(self.servers), 0)

    def test_delete_server_2(self):
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIsNotNone(server['id'])
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertIsInstance(server, dict)

    def test_live_migrate_server_3(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 10}
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_lock_server_4(self):
        # lock a server and check its state
        server = self._create_server(name='server-4')
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIn('metadata', server)
        self.assertIsInstance(server, dict)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'shutoff', 'count': 45}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_resize_server_5(self):
        server = self._create_server(name='server-5')
        server['metadata'] = {'key': 'migrating', 'count': 76}
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
