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

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEqual(server.get('fault'), None)
        server['metadata'] = {'key': 'error', 'count': 74}
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertTrue(server['status'] == 'SHUTOFF')

    def test_attach_server_1(self):
        server = self._create_server(name='server-1')
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual(server.get('fault'), None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEquals('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'error', 'count': 35}

    def test_live_migrate_server_2(self):
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ACTIVE', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 2}
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_live_migrate_server_3(self):
        server = self._create_server(name='server-3')
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 78}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual(server.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_rebuild_server_4(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-4')
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertFalse(server['id'] is None)
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(server['status'] == 'ERROR')
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa

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
        self.assertTrue(server['status'] == 'ACTIVE')
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_attach_server_1(self):
        # attach a server and check its state
        server = self._create_server(name='server-1')
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertEqual(server.get('fault'), None)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(len(self.servers) > 0)
        server['metadata'] = {'key': 'active', 'count': 78}
        self.assertTrue(server['status'] == 'BUILD')
        server['metadata'] = {'key': 'shutoff', 'count': 81}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(len(self.servers) > 0)

    def test_resize_server_2(self):
        # resize a server and check its state
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEquals('SHUTOFF', server['status'])
        self.assertEquals('ERROR', server['status'])
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(isinstance(server, dict))
        self.assertEquals('MIGRATING', server['status'])
        self.assertTrue(len(self.servers) > 0)

    def test_rescue_server_3(self):
        server = self._create_server(name='server-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(isinstance(server, dict))
        self.assertIn('metadata', server)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_live_migrate_server_4(self):
        server = self._create_server(name='server-4')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertTrue(server['status'] == 'BUILD')
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
