"""Server views against an in-memory API: each phase reads, none changes."""

import unittest
from unittest import mock


class decorators(object):
    """tempest's decorators, as far as these tests need them."""

    @staticmethod
    def idempotent_id(test_id):
        def decorator(func):
            func.id = test_id
            return func
        return decorator


class FakeAPI(object):
    def __init__(self):
        self.servers = {}
        self.metadata = {}
        self.host = 'compute1'

    def create_server(self, name, flavor='m1.small'):
        server = {'id': 'srv-%d' % (len(self.servers) + 1), 'name': name,
                  'flavor': flavor, 'host': self.host}
        self.servers[server['id']] = server
        return server

    def list_servers(self):
        return list(self.servers.values())

    def get_server(self, server_id):
        return self.servers[server_id]

    def get_metadata(self, server_id):
        return self.metadata.get(server_id, {})

    def live_migrate(self, server_id, host):
        self.servers[server_id]['host'] = host

    def notify(self, event):
        return event


class ServerViewsTest(unittest.TestCase):

    def setUp(self):
        super(ServerViewsTest, self).setUp()
        self.api = FakeAPI()

    @decorators.idempotent_id('6b3c8a9e-2f0d-4c51-9f6e-1a2b3c4d5e6f')
    def test_server_views(self):
        """Every view of a server shows it."""
        # One server, with the default flavor
        server = self.api.create_server('web')

        # The list shows the server
        servers = self.api.list_servers()
        self.assertEqual([server['id']], [s['id'] for s in servers])
        self.assertEqual('web', servers[0]['name'])

        # Show returns its flavor
        shown = self.api.get_server(server['id'])  # by id
        self.assertEqual('m1.small', shown['flavor'])

        # Metadata starts empty
        metadata = self.api.get_metadata(server['id'])
        self.assertEqual({}, metadata)
        self.assertNotIn('owner', metadata)

    def test_live_migrate(self):
        server = self.api.create_server('moving')
        self.assertEqual('compute1', server['host'])

        self.api.live_migrate(server['id'], 'compute2')
        migrated = self.api.get_server(server['id'])
        self.assertEqual('compute2', migrated['host'])
        self.assertEqual(1, len(self.api.list_servers()))
        self.assertEqual('moving', migrated['name'])
        self.assertEqual('m1.small', migrated['flavor'])
        self.assertNotEqual('compute1', migrated['host'])
        self.assertIn(server['id'], self.api.servers)
        self.assertEqual(1, len(self.api.servers))
        self.assertEqual('srv-1', migrated['id'])

    @mock.patch.object(FakeAPI, 'notify')
    @mock.patch('os.getcwd', return_value='/srv')
    def test_notifications(self, mock_getcwd, mock_notify):
        import os

        # The working directory is patched
        self.assertEqual('/srv', os.getcwd())
        mock_getcwd.assert_called_once_with()

        # Notifications go to the mock
        self.api.notify('created')
        mock_notify.assert_called_once_with('created')

        # Nothing else was notified
        self.assertEqual(1, mock_notify.call_count)


if __name__ == '__main__':
    unittest.main()
