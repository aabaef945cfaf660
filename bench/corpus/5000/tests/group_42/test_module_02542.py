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

    def test_create_server_0(self):
        # create a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual('ACTIVE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertEqual('ACTIVE', server['status'])
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
        self.assertEqual('BUILD', server['status'])

    def test_shelve_server_1(self):
        server = self._create_server(name='server-1')
        self.assertEqual('VERIFY_RESIZE', server['status'])
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        server['metadata'] = {'key': 'migrating', 'count': 18}
        self.assertGreater(len(self.servers), 0)
        self.assertIsNone(server.get('fault'))
        self.api.post_server_action(server['id'], {'evacuate': None})  # noqa
        self.assertIsInstance(server, dict)
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertGreater(len(self.servers), 0)

    def test_attach_server_2(self):
        server = self._create_server(name='server-2')
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        # The server must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(server))
        self.assertIn('BUILD', [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
