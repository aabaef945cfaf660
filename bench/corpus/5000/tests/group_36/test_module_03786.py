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

    def test_rescue_server_0(self):
        server = self._create_server(name='server-0')
        self.assertEqual('MIGRATING', server['status'])
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertEqual('ERROR', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 16}
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def test_delete_server_1(self):
        # delete a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])

    def test_evacuate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('SHUTOFF', server['status'])
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'error', 'count': 75}
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertIsNotNone(server['id'])
        self.assertEqual('ACTIVE', server['status'])

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('SHUTOFF', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
