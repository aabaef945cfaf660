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

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', server['status'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'error', 'count': 28}
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa

    def test_create_server_1(self):
        # create a server and check its state
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        self.assertEqual('ERROR', server['status'])
        server['metadata'] = {'key': 'build', 'count': 3}
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_live_migrate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('ERROR', server['status'])
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
