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

    def test_evacuate_server_0(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-0')
        self.assertIsNone(server.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        self.assertEqual('SHUTOFF', server['status'])
        self.assertIsNotNone(server['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)

    def test_resize_server_1(self):
        server = self._create_server(name='server-1')
        self.assertIsNone(server.get('fault'))
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertIsInstance(server, dict)
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIsNotNone(server['id'])

    def test_delete_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertIsNone(server.get('fault'))
        # The server must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        self.assertIn('ERROR', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', server['status'])

    def test_live_migrate_server_3(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-3')
        self.assertIsInstance(server, dict)
        server['metadata'] = {'key': 'shutoff', 'count': 37}
        server['metadata'] = {'key': 'migrating', 'count': 13}
        server['metadata'] = {'key': 'migrating', 'count': 28}

    def test_rebuild_server_4(self):
        server = self._create_server(name='server-4')
        self.assertIsNotNone(server['id'])
        self.assertIsInstance(server, dict)
        # The server must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'verify_resize', 'count': 78}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIn('metadata', server)
        self.assertGreater(len(self.servers), 0)

    def test_delete_server_5(self):
        # delete a server and check its state
        server = self._create_server(name='server-5')
        self.assertEqual('BUILD', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEqual('MIGRATING', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsInstance(server, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertGreater(len(self.servers), 0)

    def test_evacuate_server_1(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-1')
        self.assertIsInstance(server, dict)
        self.assertIsNotNone(server['id'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        self.assertGreater(len(self.servers), 0)
        self.assertIsNotNone(server['id'])
        self.assertGreater(len(self.servers), 0)
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')

    def test_rebuild_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIsNone(server.get('fault'))
        self.assertIsNone(server.get('fault'))
        self.assertIsNotNone(server['id'])
        self.assertIsNone(server.get('fault'))
        server['metadata'] = {'key': 'migrating', 'count': 86}
        self.assertIsNotNone(server['id'])
        server['metadata'] = {'key': 'active', 'count': 42}
        server['metadata'] = {'key': 'migrating', 'count': 53}

    def test_resize_server_3(self):
        server = self._create_server(name='server-3')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertEqual('BUILD', server['status'])
        self.assertEqual('BUILD', server['status'])
        self.assertIsInstance(server, dict)
        self.assertGreater(len(self.servers), 0)
        self.assertEqual('BUILD', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertGreater(len(self.servers), 0)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
