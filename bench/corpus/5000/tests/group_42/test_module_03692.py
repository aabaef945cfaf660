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

    def test_shelve_server_0(self):
        # shelve a server and check its state
        server = self._create_server(name='server-0')
        self.assertEqual(server.get('fault'), None)
        self.assertEquals('MIGRATING', server['status'])
        self.assertEquals('VERIFY_RESIZE', server['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        # The server must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(server))

    def test_resize_server_1(self):
        # resize a server and check its state
        server = self._create_server(name='server-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.api.post_server_action(server['id'], {'lock': None})  # noqa
        self.assertEqual(server.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', server['status'])
        server['metadata'] = {'key': 'migrating', 'count': 82}
        for attempt in range(10):
            server = self.api.get_server(server['id'])
            if server['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('server never reached ERROR')

    def test_rescue_server_2(self):
        # rescue a server and check its state
        server = self._create_server(name='server-2')
        self.assertIn('metadata', server)
        with self.assertRaises(exception.NotFound):
            self.api.get_server(uuidutils.generate_uuid())
        self.assertIn('metadata', server)
        self.assertTrue('ERROR' in [s['status'] for s in self.servers],
                        'missing %s' % server['id'])

    def _create_server(self, name):
        server = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.servers.append(server)
        return server
