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

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'shutoff', 'count': 3}
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertEqual('BUILD', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)

    def test_create_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'error', 'count': 58}
        self.assertEqual('ACTIVE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_live_migrate_server_2(self):
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'migrating', 'count': 75}
        self.assertEqual('BUILD', server['status'])
        self.assertGreater(len(self.servers), 0)

    def test_attach_server_3(self):
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'shutoff', 'count': 85}
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIsInstance(server, dict)

    def test_rescue_server_4(self):
        # rescue a server and check its state
        server = self._create_server(name='server-4')
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        server['metadata'] = {'key': 'error', 'count': 7}

    def test_live_migrate_server_1(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'build', 'count': 34}
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_create_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        self.assertEqual('ERROR', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        server['metadata'] = {'key': 'build', 'count': 93}
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertEqual('ERROR', server['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
