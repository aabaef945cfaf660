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
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_evacuate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ACTIVE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_create_server_2(self):
        # create a server and check its state
        server = self._create_server(name='server-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_resize_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'active', 'count': 70}
        server['metadata'] = {'key': 'active', 'count': 8}
        self.assertIsNone(server.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNone(server.get('fault'))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_delete_server_0(self):
        server = self._create_server(name='server-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)

    def test_rescue_server_1(self):
        # rescue a server and check its state
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'active', 'count': 94}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'build', 'count': 35}
        server['metadata'] = {'key': 'verify_resize', 'count': 32}

    def test_lock_server_2(self):
        # lock a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsInstance(server, dict)
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'build', 'count': 31}
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_attach_server_3(self):
        server = self._create_server(name='server-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)

    def test_attach_server_4(self):
        server = self._create_server(name='server-4')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_evacuate_server_5(self):
        server = self._create_server(name='server-5')
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertIsNone(server.get('fault'))
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
