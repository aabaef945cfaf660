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

    def test_live_migrate_server_0(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-0')
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsInstance(server, dict)
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsNotNone(server['id'])

    def test_resize_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        self.assertEqual('SHUTOFF', server['status'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIsInstance(server, dict)
        self.assertIsNone(server.get('fault'))

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('BUILD', server['status'])
        self.assertIn('metadata', server)

    def test_attach_server_3(self):
        # attach a server and check its state
        server = self._create_server(name='server-3')
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertIsNone(server.get('fault'))

    def test_live_migrate_server_4(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-4')
        server['metadata'] = {'key': 'error', 'count': 26}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 3}
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertIsInstance(server, dict)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_live_migrate_server_0(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-0')
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertEqual('MIGRATING', server['status'])

    def test_attach_server_1(self):
        # attach a server and check its state
        server = self._create_server(name='server-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'resize': None})  # noqa

    def test_delete_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertEqual('BUILD', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertEqual('ERROR', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_delete_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
