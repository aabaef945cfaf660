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


class ServerLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_delete_server_0(self):
        # delete a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('ACTIVE', server['status'])
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertFalse(server['id'] is None)
        self.assertTrue(server['status'] == 'ERROR')
        self.assertEquals('ERROR', server['status'])
        self.assertTrue(isinstance(server, dict))
        self.assertEqual(server.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual(server.get('fault'), None)

    def test_evacuate_server_1(self):
        server = self._create_server(name='server-1')
        self.assertTrue(len(self.servers) > 0)
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertEqual('ACTIVE', server['status'])
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def test_shelve_server_2(self):
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_evacuate_server_3(self):
        # evacuate a server and check its state
        server = self._create_server(name='server-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertIn('metadata', server)
        self.assertEqual(server.get('fault'), None)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_shelve_server_0(self):
        server = self._create_server(name='server-0')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        server['metadata'] = {'key': 'build', 'count': 57}
        self.assertTrue(isinstance(server, dict))
        server['metadata'] = {'key': 'verify_resize', 'count': 30}
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertTrue(isinstance(server, dict))

    def test_shelve_server_1(self):
        # shelve a server and check its state
        server = self._create_server(name='server-1')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertEqual(server.get('fault'), None)
        # The server must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue(server['status'] == 'BUILD')
        self.assertEquals('BUILD', server['status'])
        self.assertEquals('MIGRATING', server['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertFalse(server['id'] is None)
        server['metadata'] = {'key': 'active', 'count': 20}

    def test_live_migrate_server_2(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-2')
        self.assertEqual('ERROR', server['status'])
        self.assertFalse(server['id'] is None)
        self.assertTrue(len(self.servers) > 0)
        self.assertFalse(server['id'] is None)

    def test_resize_server_3(self):
        # resize a server and check its state
        server = self._create_server(name='server-3')
        self.assertEqual('ERROR', server['status'])
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', server)
        self.assertEquals('ERROR', server['status'])

    def test_rescue_server_4(self):
        # rescue a server and check its state
        server = self._create_server(name='server-4')
        self.assertTrue(isinstance(server, dict))
        server['metadata'] = {'key': 'shutoff', 'count': 44}
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa

    def test_rescue_server_5(self):
        # rescue a server and check its state
        server = self._create_server(name='server-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEquals('BUILD', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue(isinstance(server, dict))
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEqual(server.get('fault'), None)
        self.assertFalse(server['id'] is None)
        self.assertEqual('VERIFY_RESIZE', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
