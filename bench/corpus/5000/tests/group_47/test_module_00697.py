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

    def test_resize_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsNone(server.get('fault'))
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIsInstance(server, dict)

    def test_lock_server_1(self):
        # lock a server and check its state
        server = self._create_server(name='server-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 46}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNone(server.get('fault'))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEqual('ACTIVE', server['status'])

    def test_rebuild_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 67}
        self.assertIsNotNone(server['id'])
        self.assertEqual('ERROR', server['status'])
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('ACTIVE', server['status'])

    def test_evacuate_server_3(self):
        server = self._create_server(name='server-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertIn('metadata', server)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNotNone(server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        # attach a server and check its state
        server = self._create_server(name='server-0')
        self.assertGreater(len(self.servers), 0)
        self.assertIsInstance(server, dict)
        self.assertIsNone(server.get('fault'))
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_lock_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.api.post_server_action(server['id'], {'create': None})  # noqa

    def test_create_server_2(self):
        # create a server and check its state
        server = self._create_server(name='server-2')
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)

    def test_rebuild_server_3(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-3')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 71}
        server['metadata'] = {'key': 'error', 'count': 87}
        self.assertEqual('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'build', 'count': 49}

    def test_lock_server_4(self):
        server = self._create_server(name='server-4')
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.assertGreater(len(self.servers), 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        self.assertEqual('SHUTOFF', server['status'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_lock_server_5(self):
        # lock a server and check its state
        server = self._create_server(name='server-5')
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.assertEqual('MIGRATING', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
