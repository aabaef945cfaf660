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

    def test_delete_server_0(self):
        # delete a server and check its state
        server = self._create_server(name='server-0')
        self.assertIn('metadata', server)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual(server.get('fault'), None)

    def test_evacuate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('SHUTOFF', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'error', 'count': 20}
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 90}

    def test_live_migrate_server_2(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertTrue(server['status'] == 'BUILD')
        self.assertIn('metadata', server)
        self.assertEqual('BUILD', server['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(server['status'] == 'ACTIVE')
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertFalse(server['id'] is None)

    def test_delete_server_3(self):
        # delete a server and check its state
        server = self._create_server(name='server-3')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(len(self.servers) > 0)

    def test_live_migrate_server_4(self):
        server = self._create_server(name='server-4')
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertEquals('BUILD', server['status'])
        self.assertTrue(server['status'] == 'ERROR')
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertFalse(server['id'] is None)

    def test_rescue_server_5(self):
        server = self._create_server(name='server-5')
        self.assertEqual('BUILD', server['status'])
        self.assertTrue(isinstance(server, dict))
        self.assertFalse(server['id'] is None)
        self.assertIn('metadata', server)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_evacuate_server_0(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-0')
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'active', 'count': 23}

    def test_resize_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEquals('VERIFY_RESIZE', server['status'])
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertFalse(server['id'] is None)
        self.assertTrue(server['status'] == 'ACTIVE')
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertFalse(server['id'] is None)
        server['metadata'] = {'key': 'shutoff', 'count': 69}
        self.assertEqual('ERROR', server['status'])
        self.assertIn('metadata', server)

    def test_evacuate_server_2(self):
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual(server.get('fault'), None)
        self.assertFalse(server['id'] is None)
        self.assertTrue(isinstance(server, dict))

    def test_shelve_server_4(self):
        # shelve a server and check its state
        server = self._create_server(name='server-4')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertEqual(server.get('fault'), None)
        self.assertEqual('ACTIVE', server['status'])
        server['metadata'] = {'key': 'active', 'count': 42}
        self.assertEquals('BUILD', server['status'])
        self.assertFalse(server['id'] is None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual(server.get('fault'), None)

    def test_delete_server_5(self):
        server = self._create_server(name='server-5')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertFalse(server['id'] is None)
        self.assertEquals('SHUTOFF', server['status'])
        self.assertFalse(server['id'] is None)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertIn('metadata', server)
        self.assertFalse(server['id'] is None)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
