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


class ServerResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_delete_server_0(self):
        # delete a server and check its state
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEquals('MIGRATING', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertTrue(isinstance(server, dict))

    def test_attach_server_1(self):
        # attach a server and check its state
        server = self._create_server(name='server-1')
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        server['metadata'] = {'key': 'shutoff', 'count': 87}
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertTrue(len(self.servers) > 0)
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
