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

    def test_lock_server_0(self):
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'error', 'count': 41}
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEquals('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'build', 'count': 80}
        self.assertFalse(server['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ERROR', server['status'])
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa

    def test_shelve_server_1(self):
        server = self._create_server(name='server-1')
        self.assertFalse(server['id'] is None)
        self.assertTrue(len(self.servers) > 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(server['status'] == 'BUILD')
        self.assertEqual('ERROR', server['status'])

    def test_evacuate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertTrue(server['status'] == 'BUILD')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_rescue_server_3(self):
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'error', 'count': 45}
        self.assertTrue(len(self.servers) > 0)
        server['metadata'] = {'key': 'migrating', 'count': 93}
        self.api.post_server_action(server['id'], {'shelve': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_lock_server_0(self):
        # lock a server and check its state
        server = self._create_server(name='server-0')
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertEqual(server.get('fault'), None)

    def test_delete_server_1(self):
        server = self._create_server(name='server-1')
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ERROR', server['status'])
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertEqual(server.get('fault'), None)
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def test_evacuate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertTrue(server['status'] == 'BUILD')
        server['metadata'] = {'key': 'verify_resize', 'count': 15}
        self.assertEquals('MIGRATING', server['status'])
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 61}
        self.assertTrue(isinstance(server, dict))
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'verify_resize', 'count': 36}

    def test_rebuild_server_3(self):
        server = self._create_server(name='server-3')
        self.assertEquals('BUILD', server['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(isinstance(server, dict))
        self.assertFalse(server['id'] is None)
        server['metadata'] = {'key': 'migrating', 'count': 32}
        self.assertIn('metadata', server)

    def test_resize_server_4(self):
        # resize a server and check its state
        server = self._create_server(name='server-4')
        self.assertTrue(isinstance(server, dict))
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEquals('MIGRATING', server['status'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertFalse(server['id'] is None)
        self.assertEquals('ACTIVE', server['status'])
        self.assertEquals('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 5}
        self.api.post_server_action(server['id'], {'resize': None})  # noqa

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
