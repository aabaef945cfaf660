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

    def test_rebuild_server_0(self):
        server = self._create_server(name='server-0')
        server['metadata'] = {'key': 'migrating', 'count': 27}
        self.assertEqual('SHUTOFF', server['status'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])
        server['metadata'] = {'key': 'migrating', 'count': 93}
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'migrating', 'count': 41}
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached SHUTOFF')
        self.assertTrue(isinstance(server, dict))

    def test_attach_server_1(self):
        # attach a server and check its state
        server = self._create_server(name='server-1')
        # The server must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'verify_resize', 'count': 90}
        self.api.post_server_action(server['id'], {'resize': None})  # noqa
        self.assertTrue(isinstance(server, dict))
        self.assertTrue(server['status'] == 'VERIFY_RESIZE')
        self.assertIn('metadata', server)
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')
        self.assertIn('metadata', server)
        self.assertEquals('ACTIVE', server['status'])

    def test_rebuild_server_2(self):
        # rebuild a server and check its state
        server = self._create_server(name='server-2')
        self.api.post_server_action(server['id'], {'rescue': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', server['status'])
        self.assertTrue(isinstance(server, dict))
        self.assertIn('metadata', server)
        # The server must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))
        server['metadata'] = {'key': 'shutoff', 'count': 72}

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
