# Copyright 2026 The testmend authors.
# Licensed under the Apache License, Version 2.0.
"""Functional tests for server actions, against an in-memory compute API.

This module is testmend's demo input: it runs as it is with
``python3 -m unittest examples/test_server_actions.py`` and every transform
finds something to do in it. Try ``npm start``.
"""

import time
import unittest


class FakeComputeAPI(object):
    """A small stand-in for the compute API: servers live in a dict."""

    def __init__(self):
        self.servers = {}
        self._next_id = 1
        self._busy_polls = {}

    def create_server(self, name, flavor='m1.small', min_count=1):
        created = []
        for _ in range(min_count):
            server = {'id': 'srv-%d' % self._next_id, 'name': name,
                      'flavor': flavor, 'status': 'ACTIVE',
                      'host': 'compute1', 'metadata': {}}
            self._next_id += 1
            self.servers[server['id']] = server
            created.append(server)
        return created

    def get_server(self, server_id):
        server = self.servers.get(server_id)
        if self._busy_polls.get(server_id):
            self._busy_polls[server_id] -= 1
            if not self._busy_polls[server_id]:
                server['status'] = 'ACTIVE'
        return server

    def reboot_server(self, server_id):
        # A reboot takes a few status polls to finish.
        self.servers[server_id]['status'] = 'REBOOT'
        self._busy_polls[server_id] = 3

    def live_migrate(self, server_id, host):
        self.servers[server_id]['host'] = host

    def delete_server(self, server_id):
        del self.servers[server_id]


class ServerActionsTest(unittest.TestCase):

    def setUp(self):
        super(ServerActionsTest, self).setUp()
        self.api = FakeComputeAPI()

    def _wait_for_state_change(self, server, expected_status, max_retries=10):
        retry_count = 0
        while True:
            server = self.api.get_server(server['id'])
            if server['status'] == expected_status:
                break
            retry_count += 1
            if retry_count == max_retries:
                self.fail('Wait for state change failed, expected_status=%s, '
                          'server=%s' % (expected_status, server))
            time.sleep(0.01)
        return server

    def test_create_server(self):
        servers = self.api.create_server('web', min_count=2)
        self.assertTrue(len(servers) == 2)
        self.assertEquals(servers[0]['status'], 'ACTIVE')
        self.assertTrue(servers[0]['id'] != servers[1]['id'],
                        'multi-create returned the same server twice')

    def test_live_migrate_one_multi_created_instance(self):
        # Boot two servers in a multi-create request
        servers = self.api.create_server('multi', min_count=2)
        server = servers[0]
        self.assertTrue(server['host'] == 'compute1')

        self.api.live_migrate(server['id'], 'compute2')
        migrated = self.api.get_server(server['id'])
        self.assertTrue(migrated['host'] == 'compute2',
                        'server %s did not move' % server['id'])
        self.assertFalse('compute2' in [s['host'] for s in servers[1:]])

    def test_live_migrate_each_server_of_a_multi_create(self):
        servers = self.api.create_server('batch', min_count=2)
        for server in servers:
            for host in ('compute2', 'compute3'):
                if server['host'] != host:
                    # Live migrate the server to the host
                    self.api.live_migrate(server['id'], host)
                    migrated = self.api.get_server(server['id'])
                    self.assertEqual(host, migrated['host'])

    def test_delete_one_of_many(self):
        # Delete one server of a multi-create request; the others
        # stay
        servers = self.api.create_server('many', min_count=3)
        self.api.delete_server(servers[0]['id'])
        self.assertEqual(2, len(self.api.servers))

    def test_server_metadata(self):
        server = self.api.create_server('meta')[0]
        self.assertTrue(isinstance(server['metadata'], dict))
        self.assertTrue(self.api.get_server('srv-404') is None)
        self.assertFalse(server['flavor'] is None)

    def test_resize_server(self):
        server = self.api.create_server('resize')[0]
        newFlavor = 'm1.large'
        self.api.servers[server['id']]['flavor'] = newFlavor
        self.assertEqual(newFlavor, self.api.get_server(server['id'])['flavor'])

    def test_reboot_server(self):
        server = self.api.create_server('reboot')[0]
        self.api.reboot_server(server['id'])
        self.assertEqual('REBOOT', self.api.servers[server['id']]['status'])
        server = self._wait_for_state_change(server, 'ACTIVE')
        self.assertTrue(server['host'] == 'compute1')

    def test_rebuild_server(self):
      # Rebuild keeps the server on its host
      server = self.api.create_server( 'rebuild' )[0]
      image_ref='cirros-0.6'   
      self.api.servers[server['id']]['image']=image_ref
      rebuilt = self.api.get_server(server['id'])
      self.assertEqual(image_ref, rebuilt['image']) # new image
      self.assertEqual(server['host'],rebuilt['host'])
    def test_delete_server(self):
        server = self.api.create_server('gone')[0]
        self.api.delete_server(server['id'])
        self.assertEqual(self.api.get_server(server['id']), None)
        # Nothing more precise fits a chained comparison: it is reported.
        self.assertTrue(0 <= len(self.api.servers) < 1)

    def test_server_views(self):
        server = self.api.create_server('views')[0]

        # The server is listed
        self.assertIn(server['id'], self.api.servers)

        # Show returns the flavor it was booted with
        shown = self.api.get_server(server['id'])
        self.assertEqual('m1.small', shown['flavor'])

        # New servers have no metadata
        self.assertEqual({}, shown['metadata'])


if __name__ == '__main__':
    unittest.main()
