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


class ServerRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_create_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa

    def test_live_migrate_server_2(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIsNone(server.get('fault'))
        self.assertEqual('ERROR', server['status'])
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsNone(server.get('fault'))

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        self.assertIn('metadata', server)
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ERROR', server['status'])

    def test_delete_server_4(self):
        server = self._create_server(name='server-4')
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', server['status'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
