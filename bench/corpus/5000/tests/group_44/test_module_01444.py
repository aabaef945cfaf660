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


class ServerAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_shelve_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'active', 'count': 59}
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertIsInstance(server, dict)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'migrating', 'count': 57}
        self.assertIsInstance(server, dict)

    def test_attach_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('ACTIVE', server['status'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 53}
        self.assertIsNotNone(server['id'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 17}

    def test_resize_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIsNone(server.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'migrating', 'count': 79}
        self.assertEqual('SHUTOFF', server['status'])
        self.assertGreater(len(self.servers), 0)

    def test_rebuild_server_3(self):
        server = self._create_server(name='server-3')
        self.assertEqual('MIGRATING', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_live_migrate_server_4(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-4')
        server['metadata'] = {'key': 'build', 'count': 4}
        server['metadata'] = {'key': 'shutoff', 'count': 34}
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)

    def test_live_migrate_server_5(self):
        server = self._create_server(name='server-5')
        self.assertIsNone(server.get('fault'))
        self.assertEqual('ERROR', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
