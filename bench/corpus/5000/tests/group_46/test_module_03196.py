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

    def test_live_migrate_server_0(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-0')
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNone(server.get('fault'))
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertIsNone(server.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_attach_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.assertGreater(len(self.servers), 0)

    def test_lock_server_2(self):
        # lock a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'shutoff', 'count': 21}
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)

    def test_rescue_server_3(self):
        # rescue a server and check its state
        server = self._create_server(name='server-3')
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('VERIFY_RESIZE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'active', 'count': 9}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')

    def test_live_migrate_server_4(self):
        server = self._create_server(name='server-4')
        server['metadata'] = {'key': 'error', 'count': 38}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
