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

    def test_lock_server_0(self):
        server = self._create_server(name='server-0')
        self.assertEqual('SHUTOFF', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ACTIVE', server['status'])

    def test_lock_server_1(self):
        # lock a server and check its state
        server = self._create_server(name='server-1')
        self.assertIsNotNone(server['id'])
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertEqual('ERROR', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)

    def test_shelve_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ERROR', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 91}
        self.assertEqual('ERROR', server['status'])
        self.assertIsNotNone(server['id'])
        self.api.post_server_action(server['id'], {'attach': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
