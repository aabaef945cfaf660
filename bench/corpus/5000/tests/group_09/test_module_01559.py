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


class ServerRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_evacuate_server_0(self):
        server = self._create_server(name='server-0')
        self.assertEqual('ERROR', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))

    def test_live_migrate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('SHUTOFF', server['status'])

    def test_delete_server_2(self):
        # delete a server and check its state
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertIn('metadata', server)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        self.assertEqual('ACTIVE', server['status'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIsNotNone(server['id'])

    def test_live_migrate_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        self.assertEqual('ERROR', server['status'])
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'build', 'count': 48}
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_shelve_server_4(self):
        # shelve a server and check its state
        server = self._create_server(name='server-4')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNone(server.get('fault'))
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 65}

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        server = self._create_server(name='server-0')
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ERROR', server['status'])

    def test_create_server_1(self):
        # create a server and check its state
        server = self._create_server(name='server-1')
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        server['metadata'] = {'key': 'shutoff', 'count': 42}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertGreater(len(self.servers), 0)

    def test_create_server_2(self):
        server = self._create_server(name='server-2')
        server['metadata'] = {'key': 'error', 'count': 87}
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
