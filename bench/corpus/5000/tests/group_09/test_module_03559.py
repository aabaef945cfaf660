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


class ServerAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_create_server_0(self):
        # create a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('ERROR', server['status'])
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsNotNone(server['id'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        server['metadata'] = {'key': 'active', 'count': 70}
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNone(server.get('fault'))

    def test_attach_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 96}
        self.assertIn('metadata', server)

    def test_live_migrate_server_2(self):
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertEqual('MIGRATING', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa

    def test_lock_server_3(self):
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'error', 'count': 54}
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])

    def test_resize_server_4(self):
        # resize a server and check its state
        server = self._create_server(name='server-4')
        self.assertIsInstance(server, dict)
        self.assertEqual('ACTIVE', server['status'])
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 3}

    def test_shelve_server_5(self):
        # shelve a server and check its state
        server = self._create_server(name='server-5')
        self.assertIsNotNone(server['id'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'delete': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_evacuate_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsInstance(server, dict)
        self.assertIsNotNone(server['id'])
        self.assertEqual('SHUTOFF', server['status'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'migrating', 'count': 57}
        self.assertIsInstance(server, dict)

    def test_rebuild_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('ERROR', server['status'])
        self.assertIsInstance(server, dict)
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 33}
        self.assertIsNotNone(server['id'])
        self.assertIsNone(server.get('fault'))
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertGreater(len(self.servers), 0)

    def test_attach_server_2(self):
        # attach a server and check its state
        server = self._create_server(name='server-2')
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])

    def test_evacuate_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIn('metadata', server)
        self.assertEqual('BUILD', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIsNotNone(server['id'])

    def test_create_server_4(self):
        # create a server and check its state
        server = self._create_server(name='server-4')
        server['metadata'] = {'key': 'active', 'count': 18}
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
