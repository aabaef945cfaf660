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


class ServerResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_evacuate_server_0(self):
        server = self._create_server(name='server-0')
        self.assertEqual('MIGRATING', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'active', 'count': 7}

    def test_evacuate_server_1(self):
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'verify_resize', 'count': 84}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertEqual('BUILD', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_shelve_server_2(self):
        # shelve a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual('ERROR', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 27}
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNotNone(server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('ACTIVE', server['status'])

    def test_attach_server_3(self):
        # attach a server and check its state
        server = self._create_server(name='server-3')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'active', 'count': 5}

    def test_resize_server_4(self):
        # resize a server and check its state
        server = self._create_server(name='server-4')
        self.assertEqual('ERROR', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNone(server.get('fault'))

    def test_create_server_5(self):
        # create a server and check its state
        server = self._create_server(name='server-5')
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'verify_resize', 'count': 30}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_rebuild_server_1(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'build', 'count': 12}
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ERROR', server['status'])
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')

    def test_attach_server_2(self):
        server = self._create_server(name='server-2')
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIsNotNone(server['id'])
        self.assertIsNone(server.get('fault'))

    def test_evacuate_server_3(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-3')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_rescue_server_4(self):
        server = self._create_server(name='server-4')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        server['metadata'] = {'key': 'verify_resize', 'count': 10}
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        server['metadata'] = {'key': 'build', 'count': 43}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIsNotNone(server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
