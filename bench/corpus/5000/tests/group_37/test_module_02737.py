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
        # evacuate a server and check its state
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'verify_resize', 'count': 29}
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertIsNotNone(server['id'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))

    def test_lock_server_1(self):
        server = self._create_server(name='server-1')
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'verify_resize', 'count': 88}
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'build', 'count': 24}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        self.assertEqual('BUILD', server['status'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('SHUTOFF', server['status'])

    def test_evacuate_server_2(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'verify_resize', 'count': 51}
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 46}
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)

    def test_shelve_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_rescue_server_4(self):
        server = self._create_server(name='server-4')
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'migrating', 'count': 72}
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        server['metadata'] = {'key': 'verify_resize', 'count': 16}
        self.assertEqual('ERROR', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rescue_server_0(self):
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'verify_resize', 'count': 41}
        self.assertEqual('BUILD', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_attach_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertEqual('ERROR', server['status'])
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEqual('SHUTOFF', server['status'])
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'verify_resize', 'count': 74}

    def test_rebuild_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIsNone(server.get('fault'))
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        server['metadata'] = {'key': 'verify_resize', 'count': 0}
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'build', 'count': 52}

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
