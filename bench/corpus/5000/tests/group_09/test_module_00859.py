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


class ServerAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_delete_server_0(self):
        # delete a server and check its state
        server = self._create_server(name='server-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'error', 'count': 10}
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertGreater(len(self.servers), 0)

    def test_delete_server_1(self):
        # delete a server and check its state
        server = self._create_server(name='server-1')
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_live_migrate_server_2(self):
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        server['metadata'] = {'key': 'error', 'count': 55}
        self.assertIsNone(server.get('fault'))

    def test_attach_server_3(self):
        server = self._create_server(name='server-3')
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertEqual('ACTIVE', server['status'])
        server['metadata'] = {'key': 'active', 'count': 89}

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_shelve_server_0(self):
        server = self._create_server(name='server-0')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIsNotNone(server['id'])
        self.assertIsNone(server.get('fault'))

    def test_shelve_server_1(self):
        # shelve a server and check its state
        server = self._create_server(name='server-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_attach_server_2(self):
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)

    def test_shelve_server_3(self):
        server = self._create_server(name='server-3')
        self.assertEqual('ERROR', server['status'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNotNone(server['id'])
        self.assertEqual('ERROR', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
