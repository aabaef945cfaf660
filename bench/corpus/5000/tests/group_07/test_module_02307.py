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

    def test_create_server_0(self):
        server = self._create_server(name='server-0')
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertTrue(isinstance(server, dict))
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_rebuild_server_1(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-1')
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertIn('metadata', server)
        self.assertTrue(isinstance(server, dict))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_create_server_2(self):
        server = self._create_server(name='server-2')
        self.assertTrue(server['status'] == 'MIGRATING')
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertEqual(server.get('fault'), None)
        self.assertEqual(server.get('fault'), None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertEqual(server.get('fault'), None)
        server['metadata'] = {'key': 'shutoff', 'count': 4}
        self.assertIn('metadata', server)
        self.assertTrue(len(self.servers) > 0)
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
