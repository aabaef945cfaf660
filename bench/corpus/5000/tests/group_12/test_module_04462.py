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


class ServerShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual(server.get('fault'), None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_rebuild_server_1(self):
        server = self._create_server(name='server-1')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertFalse(server['id'] is None)
        self.assertTrue(len(self.servers) > 0)
        self.assertFalse(server['id'] is None)
        self.assertIn('metadata', server)

    def test_rebuild_server_2(self):
        server = self._create_server(name='server-2')
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual('BUILD', server['status'])

    def test_shelve_server_3(self):
        # shelve a server and check its state
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'error', 'count': 16}
        self.assertFalse(server['id'] is None)
        server['metadata'] = {'key': 'migrating', 'count': 41}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_lock_server_4(self):
        server = self._create_server(name='server-4')
        server['metadata'] = {'key': 'migrating', 'count': 42}
        self.assertFalse(server['id'] is None)
        self.assertEqual(server.get('fault'), None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIn('metadata', server)
        self.assertTrue(isinstance(server, dict))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
