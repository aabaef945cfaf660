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


class ServerLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        # attach a server and check its state
        server = self._create_server(name='server-0')
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'error', 'count': 50}
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertIn('metadata', server)
        self.assertEqual('ACTIVE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_create_server_1(self):
        server = self._create_server(name='server-1')
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)
        self.assertEqual('BUILD', server['status'])
        self.assertIsNotNone(server['id'])

    def test_rescue_server_2(self):
        # rescue a server and check its state
        server = self._create_server(name='server-2')
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('MIGRATING', server['status'])

    def test_evacuate_server_3(self):
        server = self._create_server(name='server-3')
        self.assertIn('metadata', server)
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('metadata', server)

    def test_evacuate_server_4(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-4')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('BUILD', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.api.post_server_action(server['id'], {'lock': None})  # noqa

    def test_rescue_server_5(self):
        # rescue a server and check its state
        server = self._create_server(name='server-5')
        self.assertIsNone(server.get('fault'))
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('BUILD', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
