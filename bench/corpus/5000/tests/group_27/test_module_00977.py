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


class ServerDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertEqual('ERROR', server['status'])
        self.assertIsNone(server.get('fault'))

    def test_lock_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('MIGRATING', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNotNone(server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')

    def test_create_server_2(self):
        # create a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertGreater(len(self.servers), 0)
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        self.assertEqual('BUILD', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')

    def test_attach_server_3(self):
        # attach a server and check its state
        server = self._create_server(name='server-3')
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ERROR', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 20}
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa

    def test_create_server_4(self):
        # create a server and check its state
        server = self._create_server(name='server-4')
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.api.post_server_action(server['id'], {'delete': None})  # noqa

    def test_lock_server_5(self):
        # lock a server and check its state
        server = self._create_server(name='server-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'build', 'count': 35}
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertGreater(len(self.servers), 0)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
