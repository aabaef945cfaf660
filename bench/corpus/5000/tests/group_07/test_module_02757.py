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
        self.assertEqual('ACTIVE', server['status'])
        server['metadata'] = {'key': 'active', 'count': 83}
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIsInstance(server, dict)

    def test_resize_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'error', 'count': 25}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)

    def test_evacuate_server_2(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsNotNone(server['id'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'error', 'count': 5}
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)

    def test_lock_server_3(self):
        # lock a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('BUILD', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_lock_server_0(self):
        # lock a server and check its state
        server = self._create_server(name='server-0')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'shutoff', 'count': 73}
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('metadata', server)

    def test_attach_server_1(self):
        server = self._create_server(name='server-1')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)

    def test_rebuild_server_2(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsNone(server.get('fault'))
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_create_server_3(self):
        server = self._create_server(name='server-3')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNotNone(server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_resize_server_4(self):
        # resize a server and check its state
        server = self._create_server(name='server-4')
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ERROR', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('MIGRATING', server['status'])
        self.assertGreater(len(self.servers), 0)

    def test_shelve_server_5(self):
        # shelve a server and check its state
        server = self._create_server(name='server-5')
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'build', 'count': 87}
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('ACTIVE', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
