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


class ServerCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_shelve_server_0(self):
        # shelve a server and check its state
        server = self._create_server(name='server-0')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertEqual(server.get('fault'), None)
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertEqual('MIGRATING', server['status'])

    def test_lock_server_1(self):
        server = self._create_server(name='server-1')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertFalse(server['id'] is None)
        self.assertEquals('MIGRATING', server['status'])
        self.assertFalse(server['id'] is None)
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(server['status'] == 'BUILD')
        self.assertIn('metadata', server)
        self.assertEqual('ERROR', server['status'])

    def test_evacuate_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        self.assertEqual(server.get('fault'), None)
        self.assertEqual('BUILD', server['status'])
        self.assertTrue(server['status'] == 'BUILD')
        self.assertEqual(server.get('fault'), None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertFalse(server['id'] is None)
        self.assertTrue(isinstance(server, dict))

    def test_create_server_3(self):
        # create a server and check its state
        server = self._create_server(name='server-3')
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertTrue(len(self.servers) > 0)
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertTrue(len(self.servers) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(isinstance(server, dict))
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_resize_server_0(self):
        server = self._create_server(name='server-0')
        self.assertFalse(server['id'] is None)
        self.assertEqual(server.get('fault'), None)
        self.assertEquals('ACTIVE', server['status'])

    def test_rebuild_server_1(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(len(self.servers) > 0)
        self.assertIn('metadata', server)
        self.assertTrue(len(self.servers) > 0)
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
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue(server['status'] == 'ERROR')

    def test_evacuate_server_2(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-2')
        server['metadata'] = {'key': 'error', 'count': 20}
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual(server.get('fault'), None)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
