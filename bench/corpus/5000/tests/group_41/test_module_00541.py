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


class ServerEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)

    def test_delete_server_1(self):
        # delete a server and check its state
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('BUILD', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertEqual('SHUTOFF', server['status'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_attach_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIsNone(server.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('MIGRATING', server['status'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_shelve_server_4(self):
        server = self._create_server(name='server-4')
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'error', 'count': 63}
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'active', 'count': 39}

    def test_shelve_server_5(self):
        server = self._create_server(name='server-5')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'build', 'count': 12}
        self.assertEqual('BUILD', server['status'])
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'active', 'count': 87}
        self.assertEqual('ERROR', server['status'])
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
