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


class ServerShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        # attach a server and check its state
        server = self._create_server(name='server-0')
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        server['metadata'] = {'key': 'error', 'count': 72}
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_lock_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'active', 'count': 24}
        self.assertEqual('BUILD', server['status'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_live_migrate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIsNotNone(server['id'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('BUILD', server['status'])
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa

    def test_delete_server_3(self):
        # delete a server and check its state
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'migrating', 'count': 2}
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('MIGRATING', server['status'])

    def test_attach_server_4(self):
        # attach a server and check its state
        server = self._create_server(name='server-4')
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'migrating', 'count': 58}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
