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

    def test_delete_server_0(self):
        server = self._create_server(name='server-0')
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 84}
        self.assertIn('metadata', server)
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue(len(self.servers) > 0)

    def test_shelve_server_1(self):
        # shelve a server and check its state
        server = self._create_server(name='server-1')
        self.assertTrue(len(self.servers) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_delete_server_2(self):
        # delete a server and check its state
        server = self._create_server(name='server-2')
        self.assertFalse(server['id'] is None)
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertEqual(server.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEqual(server.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_delete_server_3(self):
        # delete a server and check its state
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'active', 'count': 8}
        self.assertEquals('ERROR', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertTrue(isinstance(server, dict))
        self.assertFalse(server['id'] is None)
        self.assertFalse(server['id'] is None)

    def test_create_server_4(self):
        server = self._create_server(name='server-4')
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertFalse(server['id'] is None)

    def test_live_migrate_server_5(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-5')
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(isinstance(server, dict))
        self.assertEqual(server.get('fault'), None)
        self.assertFalse(server['id'] is None)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_live_migrate_server_0(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-0')
        self.assertTrue(isinstance(server, dict))
        self.assertEqual('ERROR', server['status'])
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'build', 'count': 86}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_create_server_1(self):
        # create a server and check its state
        server = self._create_server(name='server-1')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertFalse(server['id'] is None)
        self.assertTrue(server['status'] == 'BUILD')
        self.assertFalse(server['id'] is None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa

    def test_shelve_server_2(self):
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertFalse(server['id'] is None)

    def test_shelve_server_3(self):
        server = self._create_server(name='server-3')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual(server.get('fault'), None)
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertTrue(isinstance(server, dict))
        self.assertEqual(server.get('fault'), None)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual('ERROR', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
