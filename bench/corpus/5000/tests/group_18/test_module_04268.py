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


class ServerEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for server actions."""

    def setUp(self):
        super().setUp()
        self.servers = []

    def test_rescue_server_0(self):
        server = self._create_server(name='server-0')
        self.assertIsNotNone(server['id'])
        self.assertIn('metadata', server)
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('MIGRATING', server['status'])

    def test_resize_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('BUILD', server['status'])
        self.assertIsNone(server.get('fault'))
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.api.post_server_action(server['id'], {'resize': None})  # noqa

    def test_shelve_server_2(self):
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIsNotNone(server['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_lock_server_3(self):
        # lock a server and check its state
        server = self._create_server(name='server-3')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertIsNotNone(server['id'])
        self.assertEqual('ERROR', server['status'])
        self.assertIsInstance(server, dict)
        self.assertIsInstance(server, dict)
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached MIGRATING')
        self.assertIsNone(server.get('fault'))
        self.assertIsInstance(server, dict)

    def test_create_server_4(self):
        # create a server and check its state
        server = self._create_server(name='server-4')
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        server['metadata'] = {'key': 'verify_resize', 'count': 22}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ACTIVE')
        self.assertGreater(len(self.servers), 0)

    def test_evacuate_server_5(self):
        server = self._create_server(name='server-5')
        self.assertIn('metadata', server)
        self.assertEqual('ACTIVE', server['status'])
        self.assertEqual('ERROR', server['status'])
        self.assertEqual('BUILD', server['status'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
