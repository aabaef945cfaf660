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

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', server)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])

    def test_rescue_server_1(self):
        # rescue a server and check its state
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ERROR', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 19}
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_delete_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('MIGRATING', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ERROR', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)

    def test_shelve_server_3(self):
        server = self._create_server(name='server-3')
        self.assertEqual('MIGRATING', server['status'])
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('SHUTOFF', server['status'])

    def test_shelve_server_4(self):
        server = self._create_server(name='server-4')
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)

    def test_rebuild_server_5(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-5')
        self.assertEqual('BUILD', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 44}

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
