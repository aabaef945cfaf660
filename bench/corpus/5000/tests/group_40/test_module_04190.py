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


class ServerShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_evacuate_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 48}

    def test_live_migrate_server_1(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'build', 'count': 5}
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'build', 'count': 76}
        self.assertEqual('MIGRATING', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNotNone(server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')

    def test_lock_server_3(self):
        # lock a server and check its state
        server = self._create_server(name='server-3')
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'verify_resize', 'count': 7}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'error', 'count': 58}
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_lock_server_0(self):
        # lock a server and check its state
        server = self._create_server(name='server-0')
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('ERROR', server['status'])

    def test_live_migrate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('MIGRATING', server['status'])

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'shutoff', 'count': 18}
        self.assertIsInstance(server, dict)
        self.assertEqual('BUILD', server['status'])
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))
        self.assertEqual('ERROR', server['status'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertIsNone(server.get('fault'))

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'active', 'count': 6}
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIsInstance(server, dict)

    def test_lock_server_4(self):
        server = self._create_server(name='server-4')
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_create_server_5(self):
        server = self._create_server(name='server-5')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
