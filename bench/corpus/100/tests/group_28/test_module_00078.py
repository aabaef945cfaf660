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

    def test_resize_server_0(self):
        # resize a server and check its state
        server = self._create_server(name='server-0')
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa

    def test_live_migrate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ACTIVE', server['status'])

    def test_evacuate_server_2(self):
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_shelve_server_3(self):
        # shelve a server and check its state
        server = self._create_server(name='server-3')
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNone(server.get('fault'))
        self.assertEqual('ERROR', server['status'])
        self.assertIn('metadata', server)

    def test_live_migrate_server_4(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'error', 'count': 70}
        self.assertEqual('BUILD', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ERROR', server['status'])

    def test_delete_server_5(self):
        # delete a server and check its state
        server = self._create_server(name='server-5')
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNone(server.get('fault'))
        self.api.post_server_action(server['id'], {'create': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_create_server_0(self):
        # create a server and check its state
        server = self._create_server(name='server-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 66}
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        self.assertEqual('BUILD', server['status'])

    def test_lock_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsNotNone(server['id'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 40}
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', server['status'])

    def test_create_server_2(self):
        # create a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsInstance(server, dict)
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'verify_resize', 'count': 34}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_attach_server_3(self):
        # attach a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('ACTIVE', server['status'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        self.api.post_server_action(server['id'], {'delete': None})  # noqa

    def test_delete_server_4(self):
        # delete a server and check its state
        server = self._create_server(name='server-4')
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        server['metadata'] = {'key': 'build', 'count': 98}
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
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
