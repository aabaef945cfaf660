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

    def test_rescue_server_0(self):
        # rescue a server and check its state
        server = self._create_server(name='server-0')
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'active', 'count': 32}
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_rescue_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'active', 'count': 55}
        self.api.post_server_action(server['id'], {'resize': None})  # noqa

    def test_rebuild_server_2(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        self.assertEqual('BUILD', server['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        server['metadata'] = {'key': 'shutoff', 'count': 44}
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ERROR', server['status'])

    def test_rebuild_server_3(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        self.assertIsInstance(server, dict)

    def test_create_server_4(self):
        # create a server and check its state
        server = self._create_server(name='server-4')
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'error', 'count': 41}
        self.assertIsNone(server.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')

    def test_create_server_5(self):
        server = self._create_server(name='server-5')
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'shutoff', 'count': 71}
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_delete_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsNone(server.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIsInstance(server, dict)

    def test_resize_server_1(self):
        server = self._create_server(name='server-1')
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNotNone(server['id'])
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_resize_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIsInstance(server, dict)
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'active', 'count': 8}
        self.assertIsNone(server.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNotNone(server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
