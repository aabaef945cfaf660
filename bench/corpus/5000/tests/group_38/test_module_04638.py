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

    def test_live_migrate_server_0(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-0')
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 67}

    def test_live_migrate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsInstance(server, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('MIGRATING', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIsNone(server.get('fault'))
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_evacuate_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_lock_server_4(self):
        server = self._create_server(name='server-4')
        self.assertEqual('ACTIVE', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 91}
        server['metadata'] = {'key': 'migrating', 'count': 31}
        self.assertEqual('ERROR', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)

    def test_rescue_server_5(self):
        # rescue a server and check its state
        server = self._create_server(name='server-5')
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('metadata', server)
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'build', 'count': 43}
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertEqual('MIGRATING', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
