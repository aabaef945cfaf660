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


class ServerLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_lock_server_0(self):
        # lock a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('ERROR', server['status'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNotNone(server['id'])
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'build', 'count': 29}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa

    def test_rebuild_server_1(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual('ACTIVE', server['status'])
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertEqual('ERROR', server['status'])
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'error', 'count': 51}
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_create_server_0(self):
        # create a server and check its state
        server = self._create_server(name='server-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEqual('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'build', 'count': 52}

    def test_evacuate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('SHUTOFF', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)

    def test_create_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIsNotNone(server['id'])
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertIn('metadata', server)
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
