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

    def test_live_migrate_server_0(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIsInstance(server, dict)
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_rebuild_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'error', 'count': 0}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertEqual('BUILD', server['status'])

    def test_attach_server_2(self):
        # attach a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertEqual('BUILD', server['status'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_resize_server_0(self):
        # resize a server and check its state
        server = self._create_server(name='server-0')
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'active', 'count': 25}
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'error', 'count': 10}

    def test_resize_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ERROR', server['status'])

    def test_shelve_server_2(self):
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ERROR', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
