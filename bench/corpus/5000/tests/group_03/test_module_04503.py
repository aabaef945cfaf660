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

    def test_rebuild_server_0(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('BUILD', server['status'])
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue(len(self.servers) > 0)
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(isinstance(server, dict))

    def test_evacuate_server_1(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-1')
        self.assertTrue(isinstance(server, dict))
        self.assertEqual('ERROR', server['status'])
        self.assertTrue(len(self.servers) > 0)

    def test_create_server_2(self):
        server = self._create_server(name='server-2')
        self.assertTrue(len(self.servers) > 0)
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertTrue(len(self.servers) > 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertTrue(server['status'] == 'BUILD')
        self.assertTrue(isinstance(server, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_lock_server_3(self):
        server = self._create_server(name='server-3')
        self.assertTrue(isinstance(server, dict))
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'shutoff', 'count': 42}
        self.assertIn('metadata', server)

    def test_lock_server_4(self):
        # lock a server and check its state
        server = self._create_server(name='server-4')
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(len(self.servers) > 0)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(server['status'] == 'ERROR')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        server['metadata'] = {'key': 'build', 'count': 42}
        self.assertEqual('MIGRATING', server['status'])

    def test_evacuate_server_5(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-5')
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIn('metadata', server)
        self.assertTrue(len(self.servers) > 0)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
