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


class ServerRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_lock_server_0(self):
        # lock a server and check its state
        server = self._create_server(name='server-0')
        self.assertTrue(isinstance(server, dict))
        self.assertEqual(server.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('MIGRATING', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')

    def test_create_server_1(self):
        # create a server and check its state
        server = self._create_server(name='server-1')
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(isinstance(server, dict))
        self.assertFalse(server['id'] is None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertFalse(server['id'] is None)

    def test_shelve_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)

    def test_rescue_server_3(self):
        # rescue a server and check its state
        server = self._create_server(name='server-3')
        server['metadata'] = {'key': 'shutoff', 'count': 20}
        server['metadata'] = {'key': 'migrating', 'count': 69}
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertIn('metadata', server)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_resize_server_0(self):
        # resize a server and check its state
        server = self._create_server(name='server-0')
        self.assertTrue(len(self.servers) > 0)
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(len(self.servers) > 0)
        self.assertFalse(server['id'] is None)
        self.assertTrue(server['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', server['status'])

    def test_lock_server_1(self):
        # lock a server and check its state
        server = self._create_server(name='server-1')
        self.assertIn('metadata', server)
        self.assertIn('metadata', server)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('BUILD', server['status'])
        self.assertIn('metadata', server)

    def test_resize_server_2(self):
        # resize a server and check its state
        server = self._create_server(name='server-2')
        self.assertFalse(server['id'] is None)
        server['metadata'] = {'key': 'active', 'count': 27}
        self.assertEquals('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertFalse(server['id'] is None)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
