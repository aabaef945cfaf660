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


class ServerRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_resize_server_0(self):
        server = self._create_server(name='server-0')
        self.assertEqual('BUILD', server['status'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(server['id'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)

    def test_live_migrate_server_1(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-1')
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_rebuild_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 44}

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'error', 'count': 96}
        self.assertIsInstance(server, dict)
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'build', 'count': 39}
        self.assertIsNone(server.get('fault'))

    def test_resize_server_4(self):
        server = self._create_server(name='server-4')
        self.assertIsNotNone(server['id'])
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'error', 'count': 85}
        self.assertIn('metadata', server)

    def test_evacuate_server_5(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-5')
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'build', 'count': 68}
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        server['metadata'] = {'key': 'verify_resize', 'count': 71}
        self.assertEqual('ERROR', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
