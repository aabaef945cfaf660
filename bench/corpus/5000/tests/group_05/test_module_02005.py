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


class ServerCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsNotNone(server['id'])
        self.assertEqual('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 96}
        self.assertIsNone(server.get('fault'))

    def test_shelve_server_1(self):
        # shelve a server and check its state
        server = self._create_server(name='server-1')
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('SHUTOFF', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ERROR', server['status'])
        self.assertGreater(len(self.servers), 0)

    def test_evacuate_server_3(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-3')
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', server)
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('SHUTOFF', server['status'])

    def test_rescue_server_4(self):
        server = self._create_server(name='server-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', server['status'])
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ERROR', server['status'])
        self.assertGreater(len(self.servers), 0)

    def test_rebuild_server_5(self):
        server = self._create_server(name='server-5')
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertEqual('SHUTOFF', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertIsNone(server.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        server['metadata'] = {'key': 'migrating', 'count': 67}
        self.assertIn('metadata', server)
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
