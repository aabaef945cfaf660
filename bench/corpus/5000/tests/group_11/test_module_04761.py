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

    def test_lock_server_0(self):
        # lock a server and check its state
        server = self._create_server(name='server-0')
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIsNone(server.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_live_migrate_server_1(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-1')
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'verify_resize', 'count': 34}
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('metadata', server)
        self.assertEqual('ERROR', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_live_migrate_server_2(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-2')
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertEqual('BUILD', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
