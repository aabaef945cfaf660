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

    def test_lock_server_0(self):
        # lock a server and check its state
        server = self._create_server(name='server-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ERROR', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_lock_server_1(self):
        # lock a server and check its state
        server = self._create_server(name='server-1')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIsNotNone(server['id'])
        self.assertIsNone(server.get('fault'))
        self.assertEqual('MIGRATING', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))
        self.assertEqual('MIGRATING', server['status'])

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ACTIVE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'build', 'count': 8}

    def test_attach_server_4(self):
        server = self._create_server(name='server-4')
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('BUILD', server['status'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_create_server_5(self):
        # create a server and check its state
        server = self._create_server(name='server-5')
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rescue_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('BUILD', server['status'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_rescue_server_1(self):
        # rescue a server and check its state
        server = self._create_server(name='server-1')
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ACTIVE', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertEqual('BUILD', server['status'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_resize_server_2(self):
        # resize a server and check its state
        server = self._create_server(name='server-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('ERROR', server['status'])
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
