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


class ServerRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_shelve_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsNone(server.get('fault'))
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('ERROR', server['status'])

    def test_lock_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ACTIVE', server['status'])
        server['metadata'] = {'key': 'error', 'count': 87}
        server['metadata'] = {'key': 'error', 'count': 65}
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertIn('metadata', server)

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'migrating', 'count': 51}
        self.assertIsNotNone(server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
