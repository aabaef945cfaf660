"""Deleted servers, as nova's regression test for bug #1548980 lists them.

The API deletes a server a few polls after it is asked to: a test that
lists deleted servers must first wait for the deletion.
"""

import time
import unittest


class NotFound(Exception):
    pass


class FakeAPI(object):
    def __init__(self):
        self.servers = {}
        self.deleted = {}

    def post_server(self, body):
        server = dict(body['server'], id='s%d' % (len(self.servers) + 1), host_status='')
        self.servers[server['id']] = server
        return server

    def delete_server(self, server_id):
        self.servers[server_id]['polls_left'] = 3

    def get_server(self, server_id):
        if server_id not in self.servers:
            raise NotFound(server_id)
        server = self.servers[server_id]
        if 'polls_left' in server:
            server['polls_left'] -= 1
            if server['polls_left'] == 0:
                self.deleted[server_id] = self.servers.pop(server_id)
        return server


class FakeAdminAPI(object):
    """Another client of the same cloud: it sees what the API did."""

    def __init__(self, api):
        self._api = api

    def get_servers(self, search_opts):
        found = self._api.deleted if search_opts.get('deleted') else self._api.servers
        return list(found.values())


class TestServerGet(unittest.TestCase):

    def setUp(self):
        super(TestServerGet, self).setUp()
        self.api = FakeAPI()
        self.admin_api = FakeAdminAPI(self.api)
        self.image_id = 'image-1'
        self.flavor_id = 'flavor-1'

    def _wait_for_deletion(self, server):
        for _ in range(30):
            try:
                self.api.get_server(server['id'])
            except NotFound:
                return
            time.sleep(0.01)
        self.fail('Timed out waiting to delete server: %s' % server['id'])

    def test_list_deleted_instances_get_servers(self):
        """Regression test for bug #1548980.

        Listing deleted instances works, and their host_status is "".
        """
        server = dict(name='server1',
                      imageRef=self.image_id,
                      flavorRef=self.flavor_id)
        server = self.api.post_server({'server': server})
        self.api.delete_server(server['id'])
        # Wait 30 seconds for it to be gone.
        for x in range(30):
            try:
                self.api.get_server(server['id'])
                time.sleep(0.01)
            except NotFound:
                break
        else:
            self.fail('Timed out waiting to delete server: %s' % server['id'])
        servers = self.admin_api.get_servers(search_opts={'deleted': 1})
        self.assertEqual(1, len(servers))
        self.assertEqual(server['id'], servers[0]['id'])

    def test_list_deleted_instances_host_status_returned_microversion(self):
        """Regression test for bug #1548980.

        Listing deleted instances works, and their host_status is "".
        """
        # host_status is returned in the 2.16 microversion and since the server
        # is deleted it should be the empty string
        server = dict(name='server1',
                      imageRef=self.image_id,
                      flavorRef=self.flavor_id)
        server = self.api.post_server({'server': server})
        self.api.delete_server(server['id'])
        # Wait 30 seconds for it to be gone.
        for x in range(30):
            try:
                self.api.get_server(server['id'])
                time.sleep(0.01)
            except NotFound:
                break
        else:
            self.fail('Timed out waiting to delete server: %s' % server['id'])
        servers = self.admin_api.get_servers(search_opts={'deleted': 1})
        self.assertEqual(0, len(servers[0]['host_status']))

    def test_deleted_instances_after_a_wait_helper_server_listed(self):
        # The deleted server is listed
        server = self._set_up_deleted_instances_after_a_wait_helper()

        servers = self.admin_api.get_servers(search_opts={'deleted': 1})
        self.assertEqual([server['id']], [s['id'] for s in servers])

    def test_deleted_instances_after_a_wait_helper_no_live_server_left(self):
        # No live server is left
        server = self._set_up_deleted_instances_after_a_wait_helper()

        self.assertEqual([], self.admin_api.get_servers(search_opts={}))

    def test_deleted_instances_after_a_wait_helper_host_status_empty(self):
        # Its host_status is empty
        server = self._set_up_deleted_instances_after_a_wait_helper()

        deleted = self.admin_api.get_servers(search_opts={'deleted': 1})
        self.assertEqual('', deleted[0]['host_status'])

    def _set_up_deleted_instances_after_a_wait_helper(self):
        server = self.api.post_server({'server': {'name': 'server2'}})
        self.api.delete_server(server['id'])
        self._wait_for_deletion(server)
        return server


if __name__ == '__main__':
    unittest.main()
