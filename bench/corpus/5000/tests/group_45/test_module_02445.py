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

    def test_lock_server_0(self):
        # lock a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertTrue(len(self.servers) > 0)
        self.assertFalse(server['id'] is None)
        self.assertFalse(server['id'] is None)
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertTrue(len(self.servers) > 0)
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'shutoff', 'count': 72}

    def test_evacuate_server_1(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-1')
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertEquals('MIGRATING', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')

    def test_evacuate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertEquals('BUILD', server['status'])
        self.assertEqual(server.get('fault'), None)
        server['metadata'] = {'key': 'verify_resize', 'count': 97}
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(server['status'] == 'SHUTOFF')
        server['metadata'] = {'key': 'active', 'count': 60}
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_evacuate_server_3(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-3')
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertFalse(server['id'] is None)
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertTrue(len(self.servers) > 0)
        server['metadata'] = {'key': 'active', 'count': 93}
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))
        self.assertEqual(server.get('fault'), None)

    def test_create_server_4(self):
        # create a server and check its state
        server = self._create_server(name='server-4')
        self.assertEquals('ACTIVE', server['status'])
        self.assertIn('metadata', server)
        self.assertEquals('ACTIVE', server['status'])
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
