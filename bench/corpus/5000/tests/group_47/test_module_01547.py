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

    def test_rescue_server_0(self):
        # rescue a server and check its state
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'verify_resize', 'count': 40}
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'create': None})  # noqa

    def test_attach_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('SHUTOFF', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(isinstance(server, dict))
        server['metadata'] = {'key': 'active', 'count': 11}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertTrue(len(self.servers) > 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'active', 'count': 60}
        server['metadata'] = {'key': 'shutoff', 'count': 14}

    def test_delete_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual(server.get('fault'), None)
        self.assertIn('metadata', server)
        self.assertEquals('SHUTOFF', server['status'])
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual(server.get('fault'), None)

    def test_create_server_3(self):
        server = self._create_server(name='server-3')
        self.assertEqual(server.get('fault'), None)
        self.assertEqual('ACTIVE', server['status'])
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual(server.get('fault'), None)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
