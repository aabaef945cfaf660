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

    def test_live_migrate_server_0(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', server['status'])
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)

    def test_rebuild_server_1(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-1')
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ERROR', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 80}
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])

    def test_lock_server_2(self):
        # lock a server and check its state
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')

    def test_shelve_server_3(self):
        # shelve a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('ERROR', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(server['id'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        self.assertIsNotNone(server['id'])
        self.assertIsNone(server.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_evacuate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        self.assertEqual('ACTIVE', server['status'])

    def test_live_migrate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)
        self.assertEqual('ERROR', server['status'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))
        self.assertIsInstance(server, dict)
        self.assertEqual('ERROR', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')

    def test_live_migrate_server_3(self):
        server = self._create_server(name='server-3')
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertGreater(len(self.servers), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)

    def test_attach_server_4(self):
        server = self._create_server(name='server-4')
        server['metadata'] = {'key': 'migrating', 'count': 48}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIsNotNone(server['id'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
