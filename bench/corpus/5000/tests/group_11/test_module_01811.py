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

    def test_attach_server_0(self):
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'shutoff', 'count': 60}
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_delete_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertEqual('ACTIVE', server['status'])

    def test_resize_server_2(self):
        # resize a server and check its state
        server = self._create_server(name='server-2')
        self.assertGreater(len(self.servers), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('BUILD', server['status'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_delete_server_3(self):
        # delete a server and check its state
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'verify_resize', 'count': 72}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        self.assertEqual('ERROR', server['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('ERROR', server['status'])

    def test_rescue_server_4(self):
        # rescue a server and check its state
        server = self._create_server(name='server-4')
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('ERROR', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_delete_server_0(self):
        # delete a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'active', 'count': 13}
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')

    def test_rebuild_server_1(self):
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'build', 'count': 54}
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ERROR', server['status'])
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        self.assertEqual('MIGRATING', server['status'])

    def test_rebuild_server_2(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-2')
        server['metadata'] = {'key': 'error', 'count': 1}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        server['metadata'] = {'key': 'active', 'count': 31}
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(server['id'])
        self.assertIsInstance(server, dict)

    def test_resize_server_3(self):
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'build', 'count': 16}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertEqual('ACTIVE', server['status'])

    def test_delete_server_4(self):
        server = self._create_server(name='server-4')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'active', 'count': 46}
        self.assertEqual('ERROR', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
