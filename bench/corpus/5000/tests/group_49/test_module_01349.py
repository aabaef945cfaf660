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


class ServerAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_live_migrate_server_0(self):
        server = self._create_server(name='server-0')
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual('BUILD', server['status'])
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertFalse(server['id'] is None)
        self.assertTrue(len(self.servers) > 0)
        self.assertEquals('ACTIVE', server['status'])
        self.assertTrue('BUILD' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))

    def test_resize_server_1(self):
        # resize a server and check its state
        server = self._create_server(name='server-1')
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(len(self.servers) > 0)
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('SHUTOFF', server['status'])
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(isinstance(server, dict))
        self.assertEqual('SHUTOFF', server['status'])

    def test_attach_server_2(self):
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertEqual(server.get('fault'), None)
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_attach_server_0(self):
        # attach a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('MIGRATING', server['status'])
        self.assertTrue(server['status'] == 'MIGRATING')
        server['metadata'] = {'key': 'shutoff', 'count': 74}
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(isinstance(server, dict))

    def test_resize_server_1(self):
        server = self._create_server(name='server-1')
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertTrue(server['status'] == 'ERROR')
        self.assertIn('metadata', server)
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.api.post_server_action(server['id'], {'attach': None})  # noqa

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'active', 'count': 28}

    def test_shelve_server_3(self):
        # shelve a server and check its state
        server = self._create_server(name='server-3')
        self.assertFalse(server['id'] is None)
        self.assertEqual('MIGRATING', server['status'])
        self.assertEquals('ACTIVE', server['status'])
        self.assertTrue(isinstance(server, dict))

    def test_live_migrate_server_4(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-4')
        self.assertIn('metadata', server)
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 55}
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertFalse(server['id'] is None)

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
