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

    def test_create_server_0(self):
        # create a server and check its state
        server = self._create_server(name='server-0')
        self.assertTrue(isinstance(server, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEquals('ACTIVE', server['status'])
        self.assertTrue(server['status'] == 'ACTIVE')

    def test_rebuild_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.assertEqual(server.get('fault'), None)
        self.assertEqual('ERROR', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEquals('VERIFY_RESIZE', server['status'])
        self.assertEqual('MIGRATING', server['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        # The server must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def test_live_migrate_server_2(self):
        # live migrate a server and check its state
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'delete': None})  # noqa
        self.assertTrue(isinstance(server, dict))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertIn('metadata', server)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(isinstance(server, dict))

    def test_rescue_server_3(self):
        server = self._create_server(name='server-3')
        self.assertTrue(isinstance(server, dict))
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        self.assertTrue(server['status'] == 'BUILD')
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server


class ServerEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_evacuate_server_0(self):
        server = self._create_server(name='server-0')
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertEquals('MIGRATING', server['status'])

    def test_evacuate_server_1(self):
        server = self._create_server(name='server-1')
        server['metadata'] = {'key': 'error', 'count': 74}
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(isinstance(server, dict))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'attach': None})  # noqa

    def test_rescue_server_2(self):
        server = self._create_server(name='server-2')
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(server['status'] == 'ACTIVE')
        self.assertTrue(len(self.servers) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(isinstance(server, dict))
        server['metadata'] = {'key': 'build', 'count': 52}

    def test_delete_server_3(self):
        server = self._create_server(name='server-3')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached VERIFY_RESIZE')
        self.assertEquals('ACTIVE', server['status'])
        self.assertFalse(server['id'] is None)
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertEqual(server.get('fault'), None)
        self.assertEqual(server.get('fault'), None)
        self.assertTrue(server['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(server, dict))
        server['metadata'] = {'key': 'verify_resize', 'count': 0}

    def test_resize_server_4(self):
        server = self._create_server(name='server-4')
        server['metadata'] = {'key': 'build', 'count': 60}
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.api.post_server_action(server['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached BUILD')

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
