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

    def test_lock_server_0(self):
        # lock a server and check its state
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'build', 'count': 52}
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)

    def test_attach_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)

    def test_shelve_server_2(self):
        # shelve a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertIsNotNone(server['id'])
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.assertGreater(len(self.servers), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_rescue_server_3(self):
        server = self._create_server(name='server-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.assertIsInstance(server, dict)
        self.assertEqual('BUILD', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
