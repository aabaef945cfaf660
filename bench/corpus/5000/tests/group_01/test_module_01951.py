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
        server = self._create_server(name='server-0')
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertIsInstance(server, dict)
        self.assertEqual('BUILD', server['status'])

    def test_rebuild_server_1(self):
        server = self._create_server(name='server-1')
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('BUILD', server['status'])
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_shelve_server_2(self):
        server = self._create_server(name='server-2')
        self.assertGreater(len(self.servers), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa

    def test_delete_server_3(self):
        # delete a server and check its state
        server = self._create_server(name='server-3')
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')

    def test_resize_server_4(self):
        # resize a server and check its state
        server = self._create_server(name='server-4')
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertEqual('BUILD', server['status'])
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_live_migrate_server_0(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-0')
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_live_migrate_server_1(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-1')
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        self.assertEqual('SHUTOFF', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', server['status'])
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_create_server_2(self):
        # create a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertIsNone(server.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        self.assertEqual('SHUTOFF', server['status'])

    def test_attach_server_3(self):
        server = self._create_server(name='server-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)

    def test_evacuate_server_4(self):
        server = self._create_server(name='server-4')
        self.assertIsInstance(server, dict)
        self.assertIsNotNone(server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        server['metadata'] = {'key': 'active', 'count': 77}
        self.assertIsInstance(server, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))
        self.assertEqual('SHUTOFF', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertEqual('ACTIVE', server['status'])

    def test_delete_server_5(self):
        server = self._create_server(name='server-5')
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('SHUTOFF', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
