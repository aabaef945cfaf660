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


class ServerAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIsNotNone(server['id'])
        self.assertEqual('BUILD', server['status'])
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_rescue_server_1(self):
        # rescue a server and check its state
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'build', 'count': 59}
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIn('metadata', server)

    def test_live_migrate_server_2(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-2')
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        server['metadata'] = {'key': 'shutoff', 'count': 81}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_create_server_3(self):
        # create a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertIsNone(server.get('fault'))
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))

    def test_live_migrate_server_4(self):
        server = self._create_server(name='server-4')
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 82}
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_evacuate_server_0(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.assertIsInstance(server, dict)
        self.assertEqual('MIGRATING', server['status'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNotNone(server['id'])
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))

    def test_delete_server_1(self):
        server = self._create_server(name='server-1')
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', server['status'])

    def test_evacuate_server_2(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual('BUILD', server['status'])
        self.assertIsNotNone(server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertEqual('SHUTOFF', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'active', 'count': 39}
        self.assertIsInstance(server, dict)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
