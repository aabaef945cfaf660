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

    def test_shelve_server_0(self):
        # shelve a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'verify_resize', 'count': 93}
        self.assertIsNotNone(server['id'])

    def test_attach_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('BUILD', server['status'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'migrating', 'count': 27}

    def test_rebuild_server_2(self):
        server = self._create_server(name='server-2')
        self.assertGreater(len(self.servers), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'active', 'count': 90}

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
