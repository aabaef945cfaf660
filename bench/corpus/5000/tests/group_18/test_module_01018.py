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
        self.assertEqual('BUILD', server['status'])
        self.assertIsInstance(server, dict)
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('metadata', server)
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('SHUTOFF', server['status'])

    def test_rescue_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        self.assertEqual('BUILD', server['status'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ACTIVE', server['status'])

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_delete_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsNotNone(server['id'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 21}
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_lock_server_1(self):
        server = self._create_server(name='server-1')
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertEqual('ERROR', server['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_lock_server_2(self):
        # lock a server and check its state
        server = self._create_server(name='server-2')
        self.assertGreater(len(self.servers), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)

    def test_rebuild_server_3(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-3')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'error', 'count': 36}
        self.assertIsInstance(server, dict)
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
