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
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue(server['status'] == 'ACTIVE')
        self.assertFalse(server['id'] is None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('ACTIVE', server['status'])
        self.assertEquals('BUILD', server['status'])

    def test_shelve_server_1(self):
        # shelve a server and check its state
        server = self._create_server(name='server-1')
        self.assertEquals('ACTIVE', server['status'])
        self.assertFalse(server['id'] is None)
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        server['metadata'] = {'key': 'verify_resize', 'count': 95}
        self.assertEqual('SHUTOFF', server['status'])

    def test_resize_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEquals('MIGRATING', server['status'])
        self.assertEquals('BUILD', server['status'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'verify_resize', 'count': 77}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertEqual('MIGRATING', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_live_migrate_server_0(self):
        server = self._create_server(name='server-0')
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('metadata', server)
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_live_migrate_server_1(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-1')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(server['status'] == 'BUILD')
        self.api.post_server_action(server['id'], {'create': None})  # noqa
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(isinstance(server, dict))
        self.assertEquals('ERROR', server['status'])

    def test_live_migrate_server_2(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-2')
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertTrue(len(self.servers) > 0)
        self.assertFalse(server['id'] is None)
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(server['status'] == 'MIGRATING')
        self.assertEquals('BUILD', server['status'])
        self.api.post_server_action(server['id'], {'attach': None})  # noqa

    def test_rebuild_server_3(self):
        server = self._create_server(name='server-3')
        # The server must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue(isinstance(server, dict))
        # The server must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertFalse(server['id'] is None)
        self.api.post_server_action(server['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())

    def test_resize_server_4(self):
        # resize a server and check its state
        server = self._create_server(name='server-4')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertEquals('SHUTOFF', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 93}
        self.assertFalse(server['id'] is None)

    def test_create_server_5(self):
        # create a server and check its state
        server = self._create_server(name='server-5')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(len(self.servers) > 0)
        self.assertEqual(server.get('fault'), None)
        self.assertEqual('ERROR', server['status'])
        self.assertFalse(server['id'] is None)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
