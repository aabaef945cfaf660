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


class ServerLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'error', 'count': 28}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_live_migrate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        self.assertTrue(server['status'] == 'MIGRATING')
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ERROR', server['status'])
        self.assertFalse(server['id'] is None)
        # The server must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def test_delete_server_2(self):
        server = self._create_server(name='server-2')
        self.assertTrue(server['status'] == 'BUILD')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual(server.get('fault'), None)
        self.assertIn('metadata', server)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(server['status'] == 'MIGRATING')
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertFalse(server['id'] is None)
        self.assertEquals('ERROR', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')

    def test_rescue_server_3(self):
        # rescue a server and check its state
        server = self._create_server(name='server-3')
        # The server must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual(server.get('fault'), None)
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertTrue(isinstance(server, dict))
        self.assertEquals('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_attach_server_4(self):
        server = self._create_server(name='server-4')
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertTrue(len(self.servers) > 0)
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

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
        server = self._create_server(name='server-0')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertEquals('ERROR', server['status'])
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEquals('SHUTOFF', server['status'])

    def test_resize_server_1(self):
        server = self._create_server(name='server-1')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEquals('ACTIVE', server['status'])
        self.assertFalse(server['id'] is None)

    def test_resize_server_2(self):
        server = self._create_server(name='server-2')
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'error', 'count': 99}
        self.assertEqual(server.get('fault'), None)
        self.assertIn('metadata', server)
        self.assertEqual(server.get('fault'), None)

    def test_rescue_server_3(self):
        # rescue a server and check its state
        server = self._create_server(name='server-3')
        self.assertEquals('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'migrating', 'count': 75}
        self.assertIn('metadata', server)

    def test_live_migrate_server_4(self):
        server = self._create_server(name='server-4')
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        server['metadata'] = {'key': 'shutoff', 'count': 69}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'shutoff', 'count': 94}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIn('metadata', server)
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_live_migrate_server_5(self):
        server = self._create_server(name='server-5')
        self.assertEqual(server.get('fault'), None)
        self.assertEquals('ACTIVE', server['status'])
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'verify_resize', 'count': 46}
        self.assertIn('metadata', server)
        self.assertEquals('BUILD', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
