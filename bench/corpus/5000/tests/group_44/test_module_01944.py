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
        # resize a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('ERROR', server['status'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        server['metadata'] = {'key': 'migrating', 'count': 9}
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)

    def test_rebuild_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'active', 'count': 21}
        server['metadata'] = {'key': 'migrating', 'count': 92}
        self.api.post_server_action(server['id'], {'attach': None})  # noqa

    def test_lock_server_2(self):
        # lock a server and check its state
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
