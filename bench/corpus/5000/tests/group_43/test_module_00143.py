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


class ServerDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_live_migrate_server_0(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-0')
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa

    def test_rebuild_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('ERROR', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('SHUTOFF', server['status'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_attach_server_2(self):
        # attach a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsNotNone(server['id'])
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'error', 'count': 41}
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', server['status'])

    def test_live_migrate_server_3(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)

    def test_lock_server_4(self):
        server = self._create_server(name='server-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNotNone(server['id'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('MIGRATING', server['status'])

    def test_live_migrate_server_5(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-5')
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
