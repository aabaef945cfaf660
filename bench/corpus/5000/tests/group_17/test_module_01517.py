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

    def test_create_server_0(self):
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'migrating', 'count': 89}
        self.assertEqual('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 21}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNotNone(server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')

    def test_create_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('ACTIVE', server['status'])

    def test_rebuild_server_2(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-2')
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 59}
        self.assertIsNotNone(server['id'])
        self.assertEqual('MIGRATING', server['status'])
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertIn('metadata', server)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('metadata', server)

    def test_delete_server_3(self):
        server = self._create_server(name='server-3')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)

    def test_shelve_server_4(self):
        server = self._create_server(name='server-4')
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('ACTIVE', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
