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

    def test_evacuate_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))
        self.assertEqual('BUILD', server['status'])

    def test_lock_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.api.post_server_action(server['id'], {'attach': None})  # noqa

    def test_live_migrate_server_2(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'active', 'count': 1}
        self.assertIn('metadata', server)
        self.assertEqual('BUILD', server['status'])

    def test_shelve_server_3(self):
        server = self._create_server(name='server-3')
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        self.assertEqual('BUILD', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('MIGRATING', server['status'])

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
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', server['status'])
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)

    def test_delete_server_1(self):
        # delete a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual('BUILD', server['status'])
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'build', 'count': 80}
        server['metadata'] = {'key': 'build', 'count': 77}
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])

    def test_create_server_3(self):
        # create a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 19}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
