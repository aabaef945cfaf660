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


class ServerLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_lock_server_0(self):
        server = self._create_server(name='server-0')
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNone(server.get('fault'))

    def test_evacuate_server_1(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-1')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_attach_server_2(self):
        # attach a server and check its state
        server = self._create_server(name='server-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertIsNone(server.get('fault'))

    def test_lock_server_3(self):
        # lock a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('SHUTOFF', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_resize_server_0(self):
        # resize a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('ACTIVE', server['status'])
        # The server must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 79}
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNotNone(server['id'])

    def test_evacuate_server_1(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-1')
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'build', 'count': 88}
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIn('metadata', server)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 89}
        self.assertIsNotNone(server['id'])
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
