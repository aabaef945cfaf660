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

    def test_delete_server_0(self):
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'active', 'count': 89}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual(server.get('fault'), None)
        self.assertEquals('BUILD', server['status'])
        self.assertEquals('ERROR', server['status'])
        self.assertIn('metadata', server)
        self.assertEqual(server.get('fault'), None)

    def test_resize_server_1(self):
        server = self._create_server(name='server-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertFalse(server['id'] is None)
        self.assertTrue(server['status'] == 'ERROR')
        self.assertEqual('BUILD', server['status'])

    def test_shelve_server_2(self):
        # shelve a server and check its state
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(len(self.servers) > 0)

    def test_live_migrate_server_3(self):
        server = self._create_server(name='server-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEquals('ACTIVE', server['status'])
        self.assertEqual('MIGRATING', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
