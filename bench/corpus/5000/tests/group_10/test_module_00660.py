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

    def test_rebuild_server_0(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('BUILD', server['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertFalse(server['id'] is None)
        self.assertEqual('MIGRATING', server['status'])
        self.assertEqual(server.get('fault'), None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(len(self.servers) > 0)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_rebuild_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual(server.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        server['metadata'] = {'key': 'verify_resize', 'count': 5}
        self.assertTrue(isinstance(server, dict))
        self.assertEquals('VERIFY_RESIZE', server['status'])
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        server['metadata'] = {'key': 'error', 'count': 56}
        self.assertIn('metadata', server)
        self.assertEqual(server.get('fault'), None)

    def test_delete_server_3(self):
        # delete a server and check its state
        server = self._create_server(name='server-3')
        self.assertTrue(server['status'] == 'MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(len(self.servers) > 0)
        self.assertFalse(server['id'] is None)

    def test_resize_server_4(self):
        # resize a server and check its state
        server = self._create_server(name='server-4')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        server['metadata'] = {'key': 'verify_resize', 'count': 67}
        self.assertTrue(isinstance(server, dict))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertFalse(server['id'] is None)

    def test_delete_server_5(self):
        server = self._create_server(name='server-5')
        self.assertEquals('ACTIVE', server['status'])
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertTrue(len(self.servers) > 0)
        self.assertFalse(server['id'] is None)
        self.assertFalse(server['id'] is None)
        self.assertTrue(isinstance(server, dict))
        self.api.post_server_action(server['id'], {'rebuild': None})  # noqa
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(server['status'] == 'MIGRATING')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
