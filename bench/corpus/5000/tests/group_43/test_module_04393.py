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

    def test_evacuate_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsNotNone(server['id'])
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'migrating', 'count': 54}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 37}

    def test_lock_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('BUILD', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertEqual('SHUTOFF', server['status'])

    def test_create_server_2(self):
        # create a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual('MIGRATING', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_create_server_3(self):
        server = self._create_server(name='server-3')
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNone(server.get('fault'))
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNone(server.get('fault'))
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
