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


class ServerDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        server = self._create_server(name='server-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        self.assertEquals('ACTIVE', server['status'])
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'active', 'count': 28}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertTrue(isinstance(server, dict))
        # The server must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'migrating', 'count': 17}

    def test_rescue_server_1(self):
        # rescue a server and check its state
        server = self._create_server(name='server-1')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', server)
        self.assertEqual('ERROR', server['status'])
        self.assertEqual(server.get('fault'), None)
        self.assertIn('metadata', server)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))

    def test_shelve_server_2(self):
        # shelve a server and check its state
        server = self._create_server(name='server-2')
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_rescue_server_3(self):
        # rescue a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual(server.get('fault'), None)
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertEqual(server.get('fault'), None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.assertTrue(isinstance(server, dict))
        self.assertEqual('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'resize': None})  # noqa

    def test_lock_server_4(self):
        server = self._create_server(name='server-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertFalse(server['id'] is None)

    def test_delete_server_5(self):
        server = self._create_server(name='server-5')
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.assertFalse(server['id'] is None)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual(server.get('fault'), None)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
