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


class ServerEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rescue_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsInstance(server, dict)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 30}
        self.assertIn('metadata', server)

    def test_lock_server_1(self):
        # lock a server and check its state
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNotNone(server['id'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_create_server_2(self):
        # create a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('ERROR', server['status'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)

    def test_lock_server_3(self):
        # lock a server and check its state
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'migrating', 'count': 43}
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        server['metadata'] = {'key': 'migrating', 'count': 55}
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'build', 'count': 70}
        self.assertIsNotNone(server['id'])
        self.assertEqual('MIGRATING', server['status'])
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
