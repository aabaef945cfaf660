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


class ServerAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_shelve_server_0(self):
        # shelve a server and check its state
        server = self._create_server(name='server-0')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(server['status'] == 'SHUTOFF')
        server['metadata'] = {'key': 'migrating', 'count': 95}
        self.assertFalse(server['id'] is None)
        self.assertEquals('ERROR', server['status'])

    def test_live_migrate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEquals('SHUTOFF', server['status'])
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'build', 'count': 27}
        self.assertFalse(server['id'] is None)

    def test_lock_server_2(self):
        # lock a server and check its state
        server = self._create_server(name='server-2')
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertTrue(isinstance(server, dict))

    def test_create_server_3(self):
        server = self._create_server(name='server-3')
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertFalse(server['id'] is None)
        self.assertTrue(server['status'] == 'ERROR')
        self.api.post_server_action(server['id'], {'delete': None})  # noqa

    def test_resize_server_4(self):
        server = self._create_server(name='server-4')
        self.assertFalse(server['id'] is None)
        self.assertIn('metadata', server)
        self.assertEqual('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))
        server['metadata'] = {'key': 'build', 'count': 23}
        self.assertTrue(isinstance(server, dict))
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
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

    def test_delete_server_0(self):
        # delete a server and check its state
        server = self._create_server(name='server-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(server['status'] == 'ERROR')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('MIGRATING', server['status'])

    def test_create_server_1(self):
        # create a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual(server.get('fault'), None)
        self.assertFalse(server['id'] is None)
        self.assertEquals('ACTIVE', server['status'])
        self.assertTrue(isinstance(server, dict))
        self.assertIn('metadata', server)
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('SHUTOFF', server['status'])

    def test_attach_server_2(self):
        # attach a server and check its state
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEquals('ERROR', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_delete_server_3(self):
        server = self._create_server(name='server-3')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa

    def test_resize_server_4(self):
        server = self._create_server(name='server-4')
        server['metadata'] = {'key': 'verify_resize', 'count': 13}
        self.assertEqual('ERROR', server['status'])
        self.assertFalse(server['id'] is None)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
