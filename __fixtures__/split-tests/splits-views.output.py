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
    def test_server_views_list_shows(self):
        """Every view of a server shows it."""
        # The list shows the server
        # One server, with the default flavor
        server = self.api.create_server('web')

        servers = self.api.list_servers()
        self.assertEqual([server['id']], [s['id'] for s in servers])
        self.assertEqual('web', servers[0]['name'])

    @decorators.idempotent_id('36240e77-0668-5e62-b08e-3728796d9503')
    def test_server_views_show_returns_flavor(self):
        """Every view of a server shows it."""
        # Show returns its flavor
        # One server, with the default flavor
        server = self.api.create_server('web')

        shown = self.api.get_server(server['id'])  # by id
        self.assertEqual('m1.small', shown['flavor'])

    @decorators.idempotent_id('2616fa37-a4eb-5eff-aa34-a602f2304aa0')
    def test_server_views_metadata_starts_empty(self):
        """Every view of a server shows it."""
        # Metadata starts empty
        # One server, with the default flavor
        server = self.api.create_server('web')

        metadata = self.api.get_metadata(server['id'])
        self.assertEqual({}, metadata)
        self.assertNotIn('owner', metadata)

    def test_live_migrate_create_server(self):
        server = self.api.create_server('moving')
        self.assertEqual('compute1', server['host'])

    def test_live_migrate_2(self):
        server = self.api.create_server('moving')

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

    @mock.patch('os.getcwd', return_value='/srv')
    def test_notifications_working_directory_patched(self, mock_getcwd):
        # The working directory is patched
        import os

        self.assertEqual('/srv', os.getcwd())
        mock_getcwd.assert_called_once_with()

    @mock.patch.object(FakeAPI, 'notify')
    @mock.patch('os.getcwd', return_value='/srv')
    def test_notifications_go_mock(self, mock_getcwd, mock_notify):
        # Notifications go to the mock
        self.api.notify('created')
        mock_notify.assert_called_once_with('created')

    @mock.patch.object(FakeAPI, 'notify')
    @mock.patch('os.getcwd', return_value='/srv')
    def test_notifications_nothing_else_notified(self, mock_getcwd, mock_notify):
        # Nothing else was notified
        # Notifications go to the mock
        self.api.notify('created')

        self.assertEqual(1, mock_notify.call_count)


if __name__ == '__main__':
    unittest.main()
