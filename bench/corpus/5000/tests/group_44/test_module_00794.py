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
        # lock a server and check its state
        server = self._create_server(name='server-0')
        self.assertTrue(len(self.servers) > 0)
        self.assertFalse(server['id'] is None)
        self.assertFalse(server['id'] is None)

    def test_resize_server_1(self):
        # resize a server and check its state
        server = self._create_server(name='server-1')
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(server['status'] == 'BUILD')
        self.assertFalse(server['id'] is None)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(isinstance(server, dict))

    def test_live_migrate_server_2(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-2')
        self.assertTrue(server['status'] == 'ACTIVE')
        self.assertFalse(server['id'] is None)
        self.assertTrue(server['status'] == 'MIGRATING')
        server['metadata'] = {'key': 'migrating', 'count': 35}

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
