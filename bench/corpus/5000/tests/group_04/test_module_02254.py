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

    def test_delete_server_0(self):
        server = self._create_server(name='server-0')
        self.assertEqual('ERROR', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsInstance(server, dict)
        self.assertEqual('MIGRATING', server['status'])

    def test_evacuate_server_1(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'build', 'count': 99}
        self.assertIsNone(server.get('fault'))
        self.api.post_server_action(server['id'], {'attach': None})  # noqa

    def test_attach_server_2(self):
        # attach a server and check its state
        server = self._create_server(name='server-2')
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        server['metadata'] = {'key': 'error', 'count': 98}
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_delete_server_3(self):
        server = self._create_server(name='server-3')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        self.assertIsInstance(server, dict)
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        server['metadata'] = {'key': 'verify_resize', 'count': 72}

    def test_live_migrate_server_4(self):
        server = self._create_server(name='server-4')
        self.assertEqual('ERROR', server['status'])
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        self.assertEqual('ACTIVE', server['status'])
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')

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
        # shelve a server and check its state
        server = self._create_server(name='server-0')
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'delete': None})  # noqa

    def test_delete_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('ERROR', server['status'])
        self.assertIsInstance(server, dict)
        self.assertEqual('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'error', 'count': 92}

    def test_create_server_2(self):
        # create a server and check its state
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'active', 'count': 5}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)

    def test_shelve_server_3(self):
        # shelve a server and check its state
        server = self._create_server(name='server-3')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')

    def test_rescue_server_4(self):
        # rescue a server and check its state
        server = self._create_server(name='server-4')
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ERROR', server['status'])
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNotNone(server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
