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

    def test_shelve_server_0(self):
        server = self._create_server(name='server-0')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')

    def test_rescue_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_resize_server_2(self):
        # resize a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        server['metadata'] = {'key': 'shutoff', 'count': 61}
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.assertIsNotNone(server['id'])

    def test_shelve_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIsNotNone(server['id'])
        self.assertEqual('ACTIVE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertGreater(len(self.servers), 0)
        self.assertGreater(len(self.servers), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_rebuild_server_4(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-4')
        self.assertEqual('ACTIVE', server['status'])
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_resize_server_0(self):
        server = self._create_server(name='server-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        self.assertEqual('ERROR', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 78}
        self.assertEqual('ACTIVE', server['status'])

    def test_evacuate_server_1(self):
        server = self._create_server(name='server-1')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertIsNotNone(server['id'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa

    def test_rescue_server_2(self):
        # rescue a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ERROR', server['status'])
        self.assertIsInstance(server, dict)
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_shelve_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertIsInstance(server, dict)
        self.assertEqual('ERROR', server['status'])

    def test_delete_server_4(self):
        # delete a server and check its state
        server = self._create_server(name='server-4')
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'shutoff', 'count': 0}
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('BUILD', server['status'])
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
