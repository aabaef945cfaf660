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

    def test_rescue_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')

    def test_live_migrate_server_1(self):
        server = self._create_server(name='server-1')
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ACTIVE', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)

    def test_lock_server_2(self):
        # lock a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsNotNone(server['id'])
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        self.assertIsNone(server.get('fault'))
        self.assertEqual('BUILD', server['status'])

    def test_live_migrate_server_3(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'migrating', 'count': 74}
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-0')
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertGreater(len(self.servers), 0)

    def test_lock_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'build', 'count': 92}
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'migrating', 'count': 63}
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_create_server_2(self):
        # create a server and check its state
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertEqual('SHUTOFF', server['status'])
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)
        self.assertEqual('ERROR', server['status'])
        server['metadata'] = {'key': 'active', 'count': 77}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNone(server.get('fault'))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
