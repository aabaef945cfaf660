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

    def test_delete_server_0(self):
        server = self._create_server(name='server-0')
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.assertEqual('BUILD', server['status'])

    def test_resize_server_1(self):
        # resize a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual('BUILD', server['status'])
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIsInstance(server, dict)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)

    def test_evacuate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_lock_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('ERROR', server['status'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ERROR', server['status'])

    def test_evacuate_server_1(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'shutoff', 'count': 18}
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)

    def test_create_server_2(self):
        # create a server and check its state
        server = self._create_server(name='server-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)

    def test_rebuild_server_3(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'build', 'count': 87}
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'error', 'count': 0}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_create_server_4(self):
        # create a server and check its state
        server = self._create_server(name='server-4')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])

    def test_attach_server_5(self):
        # attach a server and check its state
        server = self._create_server(name='server-5')
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('ACTIVE', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
