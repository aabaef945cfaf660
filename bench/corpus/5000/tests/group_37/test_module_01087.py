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


class ServerDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_delete_server_0(self):
        # delete a server and check its state
        server = self._create_server(name='server-0')
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertEqual('MIGRATING', server['status'])

    def test_lock_server_1(self):
        # lock a server and check its state
        server = self._create_server(name='server-1')
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('MIGRATING', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('SHUTOFF', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertIsInstance(server, dict)

    def test_shelve_server_2(self):
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'verify_resize', 'count': 51}
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_lock_server_0(self):
        # lock a server and check its state
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'active', 'count': 71}
        server['metadata'] = {'key': 'error', 'count': 73}
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)

    def test_attach_server_1(self):
        # attach a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual('ERROR', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_resize_server_2(self):
        # resize a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsNone(server.get('fault'))
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNone(server.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertIsInstance(server, dict)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
