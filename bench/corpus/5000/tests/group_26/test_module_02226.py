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
        # delete a server and check its state
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertEqual(server.get('fault'), None)
        self.assertIn('metadata', server)
        self.assertFalse(server['id'] is None)
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertEqual(server.get('fault'), None)

    def test_create_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEquals('SHUTOFF', server['status'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        server['metadata'] = {'key': 'verify_resize', 'count': 18}

    def test_shelve_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEquals('ERROR', server['status'])
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertEqual(server.get('fault'), None)
        self.assertEquals('ERROR', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')

    def test_create_server_3(self):
        server = self._create_server(name='server-3')
        self.assertFalse(server['id'] is None)
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertEqual(server.get('fault'), None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def test_rescue_server_4(self):
        server = self._create_server(name='server-4')
        self.assertTrue(isinstance(server, dict))
        self.assertFalse(server['id'] is None)
        self.assertEqual(server.get('fault'), None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'error', 'count': 12}
        self.assertFalse(server['id'] is None)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(server['status'] == 'BUILD')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_resize_server_0(self):
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'verify_resize', 'count': 14}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def test_create_server_1(self):
        # create a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual(server.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEquals('ACTIVE', server['status'])
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertEqual(server.get('fault'), None)
        self.assertIn('metadata', server)

    def test_live_migrate_server_2(self):
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual(server.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_evacuate_server_3(self):
        server = self._create_server(name='server-3')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertTrue(len(self.servers) > 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIn('metadata', server)
        self.assertTrue(len(self.servers) > 0)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
