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
        self.assertEquals('BUILD', server['status'])
        self.assertFalse(server['id'] is None)
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(len(self.servers) > 0)
        self.assertEquals('MIGRATING', server['status'])
        self.assertTrue(len(self.servers) > 0)

    def test_rebuild_server_1(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        self.assertTrue(isinstance(server, dict))
        self.assertEqual(server.get('fault'), None)
        self.assertFalse(server['id'] is None)
        self.assertTrue(isinstance(server, dict))
        self.assertEqual(server.get('fault'), None)

    def test_create_server_2(self):
        # create a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'create': None})  # noqa

    def test_delete_server_3(self):
        # delete a server and check its state
        server = self._create_server(name='server-3')
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(server['status'] == 'ACTIVE')
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertFalse(server['id'] is None)
        self.assertIn('metadata', server)
        self.assertTrue(len(self.servers) > 0)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
