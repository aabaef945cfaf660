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

    def test_resize_server_0(self):
        # resize a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        self.assertEqual('ERROR', server['status'])
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', server)

    def test_rebuild_server_1(self):
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'shutoff', 'count': 90}
        self.assertEqual('MIGRATING', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIsNotNone(server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_evacuate_server_2(self):
        server = self._create_server(name='server-2')
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 61}
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('metadata', server)
        self.assertEqual('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'active', 'count': 60}

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        self.assertEqual('MIGRATING', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('ERROR', server['status'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_shelve_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('BUILD', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        server['metadata'] = {'key': 'migrating', 'count': 38}
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        self.assertIsInstance(server, dict)

    def test_live_migrate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
