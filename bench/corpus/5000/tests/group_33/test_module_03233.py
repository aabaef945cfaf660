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


class ServerLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_resize_server_0(self):
        server = self._create_server(name='server-0')
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual(server.get('fault'), None)
        self.assertFalse(server['id'] is None)
        self.assertTrue(server['status'] == 'ERROR')
        self.assertFalse(server['id'] is None)
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_live_migrate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEquals('ACTIVE', server['status'])
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertTrue(server['status'] == 'MIGRATING')

    def test_create_server_2(self):
        server = self._create_server(name='server-2')
        self.assertTrue(server['status'] == 'ACTIVE')
        self.assertFalse(server['id'] is None)
        server['metadata'] = {'key': 'migrating', 'count': 60}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'shutoff', 'count': 40}
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertEqual(server.get('fault'), None)
        self.assertEqual(server.get('fault'), None)

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        self.assertTrue(isinstance(server, dict))
        self.assertFalse(server['id'] is None)
        self.assertFalse(server['id'] is None)
        self.assertTrue(isinstance(server, dict))

    def test_attach_server_4(self):
        server = self._create_server(name='server-4')
        self.assertIn('metadata', server)
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertFalse(server['id'] is None)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        # attach a server and check its state
        server = self._create_server(name='server-0')
        self.assertFalse(server['id'] is None)
        self.assertEquals('BUILD', server['status'])
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('ERROR', server['status'])
        self.assertEquals('MIGRATING', server['status'])
        self.assertTrue(server['status'] == 'SHUTOFF')

    def test_lock_server_1(self):
        # lock a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual('ERROR', server['status'])
        self.assertFalse(server['id'] is None)
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', server['status'])
        self.assertTrue(len(self.servers) > 0)
        self.assertFalse(server['id'] is None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_rebuild_server_2(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-2')
        self.assertTrue(isinstance(server, dict))
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertFalse(server['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertFalse(server['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(len(self.servers) > 0)
        server['metadata'] = {'key': 'error', 'count': 52}
        self.assertEquals('ACTIVE', server['status'])

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual(server.get('fault'), None)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa

    def test_shelve_server_4(self):
        # shelve a server and check its state
        server = self._create_server(name='server-4')
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(len(self.servers) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertFalse(server['id'] is None)
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertEqual(server.get('fault'), None)
        self.api.post_server_action(server['id'], {'resize': None})  # noqa

    def test_create_server_5(self):
        # create a server and check its state
        server = self._create_server(name='server-5')
        self.assertEquals('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 65}
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.assertTrue(server['status'] == 'MIGRATING')
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
