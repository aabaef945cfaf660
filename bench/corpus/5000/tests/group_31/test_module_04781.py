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

    def test_lock_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        server['metadata'] = {'key': 'migrating', 'count': 34}
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        server['metadata'] = {'key': 'verify_resize', 'count': 50}

    def test_rebuild_server_1(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertEqual('SHUTOFF', server['status'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertEqual('ERROR', server['status'])
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_attach_server_2(self):
        server = self._create_server(name='server-2')
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIsNone(server.get('fault'))

    def test_rebuild_server_3(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-3')
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNone(server.get('fault'))
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertIsNone(server.get('fault'))
        self.assertEqual('BUILD', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
