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


class ServerRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rescue_server_0(self):
        # rescue a server and check its state
        server = self._create_server(name='server-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))

    def test_delete_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ACTIVE', server['status'])
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertEqual('MIGRATING', server['status'])

    def test_lock_server_2(self):
        server = self._create_server(name='server-2')
        server['metadata'] = {'key': 'active', 'count': 33}
        self.assertIsNotNone(server['id'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertEqual('SHUTOFF', server['status'])

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)

    def test_create_server_4(self):
        server = self._create_server(name='server-4')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        self.assertIsNotNone(server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual('BUILD', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 51}

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsNone(server.get('fault'))
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'error', 'count': 58}
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_shelve_server_1(self):
        # shelve a server and check its state
        server = self._create_server(name='server-1')
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('ACTIVE', server['status'])
        self.assertIsNotNone(server['id'])

    def test_live_migrate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'shutoff', 'count': 27}
        self.assertIsNotNone(server['id'])
        self.assertEqual('ERROR', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 7}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEqual('ERROR', server['status'])

    def test_live_migrate_server_3(self):
        server = self._create_server(name='server-3')
        self.assertGreater(len(self.servers), 0)
        # The server must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'verify_resize', 'count': 47}
        # The server must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)

    def test_attach_server_4(self):
        server = self._create_server(name='server-4')
        self.assertIsNone(server.get('fault'))
        self.assertIsInstance(server, dict)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEqual('BUILD', server['status'])
        self.assertIsNone(server.get('fault'))

    def test_rescue_server_5(self):
        server = self._create_server(name='server-5')
        self.assertIn('metadata', server)
        self.assertIsInstance(server, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'active', 'count': 95}
        self.api.post_server_action(server['id'], {'create': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
