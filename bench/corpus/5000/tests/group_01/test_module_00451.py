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

    def test_shelve_server_0(self):
        # shelve a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('ACTIVE', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 36}
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertEqual(server.get('fault'), None)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertTrue(len(self.servers) > 0)

    def test_lock_server_1(self):
        # lock a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual(server.get('fault'), None)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('BUILD', server['status'])

    def test_create_server_2(self):
        server = self._create_server(name='server-2')
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertTrue(isinstance(server, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'error', 'count': 90}
        self.assertTrue(len(self.servers) > 0)
        self.assertFalse(server['id'] is None)

    def test_evacuate_server_3(self):
        server = self._create_server(name='server-3')
        self.assertEquals('ERROR', server['status'])
        self.assertEqual('ERROR', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        server['metadata'] = {'key': 'migrating', 'count': 44}
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('ERROR', server['status'])

    def test_create_server_4(self):
        # create a server and check its state
        server = self._create_server(name='server-4')
        self.assertEquals('ACTIVE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertEqual(server.get('fault'), None)
        server['metadata'] = {'key': 'shutoff', 'count': 73}
        self.assertTrue(server['status'] == 'ACTIVE')
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(len(self.servers) > 0)

    def test_create_server_5(self):
        server = self._create_server(name='server-5')
        self.assertIn('metadata', server)
        self.assertEqual('ERROR', server['status'])
        self.assertTrue(server['status'] == 'ERROR')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
