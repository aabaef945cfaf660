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

    def test_lock_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsInstance(server, dict)
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_shelve_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'verify_resize', 'count': 54}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'shutoff', 'count': 1}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNone(server.get('fault'))
        self.assertEqual('MIGRATING', server['status'])
        self.api.post_server_action(server['id'], {'lock': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
