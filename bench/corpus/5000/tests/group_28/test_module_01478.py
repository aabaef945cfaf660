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


class ServerCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        # attach a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('BUILD', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertEqual('BUILD', server['status'])
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_create_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'error', 'count': 78}
        self.assertGreater(len(self.servers), 0)
        self.assertGreater(len(self.servers), 0)

    def test_rebuild_server_2(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertIsInstance(server, dict)
        self.assertIsNotNone(server['id'])
        self.assertEqual('MIGRATING', server['status'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', server['status'])

    def test_create_server_3(self):
        # create a server and check its state
        server = self._create_server(name='server-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'active', 'count': 14}
        server['metadata'] = {'key': 'verify_resize', 'count': 12}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIsInstance(server, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
