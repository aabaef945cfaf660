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
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)

    def test_shelve_server_1(self):
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'error', 'count': 2}
        self.assertEqual('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'build', 'count': 32}
        self.assertIsInstance(server, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'active', 'count': 42}
        self.assertEqual('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ACTIVE', server['status'])

    def test_rescue_server_2(self):
        # rescue a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual('BUILD', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'build', 'count': 28}

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
