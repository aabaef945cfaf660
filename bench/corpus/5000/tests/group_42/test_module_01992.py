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

    def test_rescue_server_0(self):
        # rescue a server and check its state
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')

    def test_create_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('BUILD', server['status'])

    def test_delete_server_3(self):
        # delete a server and check its state
        server = self._create_server(name='server-3')
        self.assertIn('metadata', server)
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('ACTIVE', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_delete_server_0(self):
        # delete a server and check its state
        server = self._create_server(name='server-0')
        self.assertIsNotNone(server['id'])
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertEqual('SHUTOFF', server['status'])
        self.assertGreater(len(self.servers), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', server['status'])

    def test_shelve_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_rebuild_server_2(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-2')
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
