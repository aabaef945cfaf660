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

    def test_shelve_server_0(self):
        # shelve a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('MIGRATING', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNone(server.get('fault'))
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_delete_server_1(self):
        server = self._create_server(name='server-1')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        self.assertEqual('SHUTOFF', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertIsInstance(server, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)

    def test_rebuild_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'active', 'count': 13}
        server['metadata'] = {'key': 'error', 'count': 74}
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'build', 'count': 47}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNotNone(server['id'])

    def test_evacuate_server_4(self):
        server = self._create_server(name='server-4')
        server['metadata'] = {'key': 'verify_resize', 'count': 59}
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'migrating', 'count': 82}

    def test_rebuild_server_5(self):
        server = self._create_server(name='server-5')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'shutoff', 'count': 81}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
