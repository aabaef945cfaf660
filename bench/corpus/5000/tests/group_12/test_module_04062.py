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

    def test_shelve_server_0(self):
        # shelve a server and check its state
        server = self._create_server(name='server-0')
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertEqual('MIGRATING', server['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'build', 'count': 40}
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_shelve_server_1(self):
        # shelve a server and check its state
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))
        self.assertEqual('SHUTOFF', server['status'])

    def test_rescue_server_2(self):
        # rescue a server and check its state
        server = self._create_server(name='server-2')
        self.assertIsNotNone(server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertGreater(len(self.servers), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'error', 'count': 41}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')

    def test_shelve_server_3(self):
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'verify_resize', 'count': 80}
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa

    def test_rescue_server_4(self):
        server = self._create_server(name='server-4')
        self.assertIn('metadata', server)
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsNone(server.get('fault'))

    def test_delete_server_5(self):
        # delete a server and check its state
        server = self._create_server(name='server-5')
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
