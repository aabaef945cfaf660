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
        server = self._create_server(name='server-0')
        self.assertFalse(server['id'] is None)
        server['metadata'] = {'key': 'active', 'count': 33}
        self.assertEquals('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual(server.get('fault'), None)
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_create_server_1(self):
        # create a server and check its state
        server = self._create_server(name='server-1')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue(len(self.servers) > 0)
        server['metadata'] = {'key': 'migrating', 'count': 10}
        self.assertEquals('BUILD', server['status'])
        self.assertTrue(len(self.servers) > 0)

    def test_live_migrate_server_2(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-2')
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue(server['status'] == 'SHUTOFF')
        server['metadata'] = {'key': 'build', 'count': 35}
        # The server must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def test_evacuate_server_3(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-3')
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEquals('BUILD', server['status'])

    def test_live_migrate_server_4(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-4')
        self.assertTrue(len(self.servers) > 0)
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.assertEqual(server.get('fault'), None)

    def test_evacuate_server_5(self):
        server = self._create_server(name='server-5')
        self.assertTrue(isinstance(server, dict))
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
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


class ServerEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'build', 'count': 31}
        self.assertEqual(server.get('fault'), None)

    def test_live_migrate_server_1(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-1')
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        # The server must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ERROR', server['status'])
        self.assertIn('metadata', server)
        self.assertTrue(server['status'] == 'SHUTOFF')

    def test_rebuild_server_2(self):
        server = self._create_server(name='server-2')
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEquals('BUILD', server['status'])
        self.assertTrue(isinstance(server, dict))
        self.assertEquals('MIGRATING', server['status'])
        self.assertTrue(isinstance(server, dict))

    def test_rebuild_server_3(self):
        server = self._create_server(name='server-3')
        self.assertEqual(server.get('fault'), None)
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        # The server must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def test_evacuate_server_4(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-4')
        self.assertEqual('ACTIVE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.assertEqual(server.get('fault'), None)
        self.assertEqual('SHUTOFF', server['status'])

    def test_live_migrate_server_5(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'build', 'count': 45}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
