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


class ServerRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_live_migrate_server_0(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-0')
        self.assertFalse(server['id'] is None)
        self.assertFalse(server['id'] is None)
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertTrue(isinstance(server, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(len(self.servers) > 0)
        self.assertIn('metadata', server)
        self.assertFalse(server['id'] is None)

    def test_shelve_server_1(self):
        server = self._create_server(name='server-1')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEquals('BUILD', server['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_evacuate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(isinstance(server, dict))
        self.assertFalse(server['id'] is None)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
