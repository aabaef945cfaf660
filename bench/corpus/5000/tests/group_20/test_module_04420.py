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
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(isinstance(server, dict))
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(server['status'] == 'ACTIVE')
        self.assertTrue(isinstance(server, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        server['metadata'] = {'key': 'shutoff', 'count': 99}
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        server['metadata'] = {'key': 'build', 'count': 44}

    def test_live_migrate_server_1(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-1')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertFalse(server['id'] is None)
        self.assertTrue(len(self.servers) > 0)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        server['metadata'] = {'key': 'active', 'count': 56}
        self.assertFalse(server['id'] is None)
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertTrue(isinstance(server, dict))

    def test_resize_server_2(self):
        # resize a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(server['status'] == 'ACTIVE')
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(len(self.servers) > 0)
        self.assertIn('metadata', server)
        self.assertTrue(len(self.servers) > 0)
        self.assertEquals('BUILD', server['status'])
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('SHUTOFF', server['status'])

    def test_lock_server_3(self):
        server = self._create_server(name='server-3')
        self.assertEqual(server.get('fault'), None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertTrue(server['status'] == 'ERROR')
        self.assertFalse(server['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ACTIVE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')

    def test_rescue_server_4(self):
        # rescue a server and check its state
        server = self._create_server(name='server-4')
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(isinstance(server, dict))
        server['metadata'] = {'key': 'verify_resize', 'count': 96}
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa

    def test_rescue_server_5(self):
        # rescue a server and check its state
        server = self._create_server(name='server-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertEqual('MIGRATING', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
