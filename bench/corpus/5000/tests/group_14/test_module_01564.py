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

    def test_live_migrate_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIsNotNone(server['id'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'build', 'count': 40}
        self.assertEqual('BUILD', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_shelve_server_1(self):
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'verify_resize', 'count': 20}
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'active', 'count': 63}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')

    def test_evacuate_server_2(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-2')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_evacuate_server_3(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-3')
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('ERROR', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_resize_server_0(self):
        # resize a server and check its state
        server = self._create_server(name='server-0')
        self.assertIsNotNone(server['id'])
        self.assertIsNone(server.get('fault'))
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'error', 'count': 48}
        self.assertGreater(len(self.servers), 0)
        self.assertGreater(len(self.servers), 0)

    def test_lock_server_1(self):
        # lock a server and check its state
        server = self._create_server(name='server-1')
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'verify_resize', 'count': 3}
        self.assertIsNone(server.get('fault'))
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsInstance(server, dict)

    def test_live_migrate_server_3(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_rebuild_server_4(self):
        server = self._create_server(name='server-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)
        self.assertEqual('ERROR', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
