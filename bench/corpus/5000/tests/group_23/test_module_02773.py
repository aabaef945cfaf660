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
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_rebuild_server_1(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-1')
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('MIGRATING', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)
        self.assertIsNone(server.get('fault'))

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('BUILD', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_rebuild_server_3(self):
        server = self._create_server(name='server-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'error', 'count': 30}
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.api.post_server_action(server['id'], {'attach': None})  # noqa

    def test_shelve_server_4(self):
        server = self._create_server(name='server-4')
        server['metadata'] = {'key': 'verify_resize', 'count': 63}
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIsNone(server.get('fault'))
        self.assertEqual('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
