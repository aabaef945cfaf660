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

    def test_evacuate_server_0(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsInstance(server, dict)

    def test_attach_server_1(self):
        # attach a server and check its state
        server = self._create_server(name='server-1')
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'shutoff', 'count': 60}
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'verify_resize', 'count': 24}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNone(server.get('fault'))

    def test_evacuate_server_2(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-2')
        server['metadata'] = {'key': 'active', 'count': 90}
        self.assertEqual('MIGRATING', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIsNotNone(server['id'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'active', 'count': 7}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('BUILD', server['status'])
        self.assertIsInstance(server, dict)

    def test_resize_server_4(self):
        server = self._create_server(name='server-4')
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertEqual('BUILD', server['status'])
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_live_migrate_server_5(self):
        server = self._create_server(name='server-5')
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'active', 'count': 28}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNotNone(server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_evacuate_server_0(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'build', 'count': 30}
        self.assertIn('metadata', server)
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'build', 'count': 37}
        server['metadata'] = {'key': 'active', 'count': 84}
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'build', 'count': 24}

    def test_attach_server_1(self):
        server = self._create_server(name='server-1')
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_resize_server_2(self):
        server = self._create_server(name='server-2')
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
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'migrating', 'count': 19}

    def test_evacuate_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa

    def test_live_migrate_server_4(self):
        server = self._create_server(name='server-4')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIn('metadata', server)
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('BUILD', server['status'])
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))

    def test_delete_server_5(self):
        server = self._create_server(name='server-5')
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'active', 'count': 14}

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
