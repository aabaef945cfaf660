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


class ServerResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rescue_server_0(self):
        # rescue a server and check its state
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_rebuild_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('MIGRATING', server['status'])
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))

    def test_create_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('ACTIVE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)
        self.assertEqual('BUILD', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_live_migrate_server_0(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertIn('metadata', server)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', server)
        self.assertEqual('BUILD', server['status'])
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertIsInstance(server, dict)

    def test_rescue_server_1(self):
        # rescue a server and check its state
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'migrating', 'count': 6}
        self.assertEqual('BUILD', server['status'])

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', server['status'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_evacuate_server_3(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('metadata', server)
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        server['metadata'] = {'key': 'active', 'count': 96}
        self.assertEqual('MIGRATING', server['status'])

    def test_lock_server_4(self):
        server = self._create_server(name='server-4')
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'error', 'count': 80}
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
