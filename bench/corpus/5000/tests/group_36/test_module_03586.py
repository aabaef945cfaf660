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

    def test_lock_server_0(self):
        # lock a server and check its state
        server = self._create_server(name='server-0')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEquals('BUILD', server['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')

    def test_attach_server_1(self):
        # attach a server and check its state
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'active', 'count': 38}
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def test_resize_server_2(self):
        # resize a server and check its state
        server = self._create_server(name='server-2')
        self.assertFalse(server['id'] is None)
        self.assertTrue(len(self.servers) > 0)
        self.assertIn('metadata', server)
        self.assertTrue(isinstance(server, dict))

    def test_lock_server_3(self):
        server = self._create_server(name='server-3')
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertFalse(server['id'] is None)
        self.assertIn('metadata', server)
        # The server must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'error', 'count': 83}
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_shelve_server_0(self):
        server = self._create_server(name='server-0')
        self.assertFalse(server['id'] is None)
        self.assertEquals('ACTIVE', server['status'])
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_create_server_1(self):
        # create a server and check its state
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        self.assertEqual(server.get('fault'), None)
        self.assertFalse(server['id'] is None)
        self.assertEquals('ERROR', server['status'])
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_live_migrate_server_2(self):
        server = self._create_server(name='server-2')
        server['metadata'] = {'key': 'verify_resize', 'count': 68}
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_lock_server_3(self):
        # lock a server and check its state
        server = self._create_server(name='server-3')
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual(server.get('fault'), None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(len(self.servers) > 0)

    def test_attach_server_4(self):
        # attach a server and check its state
        server = self._create_server(name='server-4')
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertIn('metadata', server)
        self.assertEqual('ERROR', server['status'])
        server['metadata'] = {'key': 'build', 'count': 10}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEquals('VERIFY_RESIZE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
