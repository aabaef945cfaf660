import unittest
from unittest import mock

import ddt


@ddt.ddt
class ServerLifecycleTest(unittest.TestCase):

    def test_lifecycle(self):
        server = self.api.create_server('web')
        self.assertEqual('ACTIVE', server['status'])

        self.api.resize_server(server['id'], 'm1.large')
        self.assertEqual('VERIFY_RESIZE', self.api.show(server['id'])['status'])

        self.api.delete_server(server['id'])
        self.assertNotIn(server['id'], self.api.servers)

    def test_flavors(self):
        for name in ('tiny', 'small', 'large'):
            with self.subTest(name=name):
                self.assertIn(name, self.flavors)
        self.assertEqual(3, len(self.flavors))

        self.flavors.pop()
        self.assertEqual(2, len(self.flavors))

        self.flavors.clear()
        self.assertEqual(0, len(self.flavors))

    def test_quota(self):
        quota = self.api.get_quota()
        self.assertEqual(10, quota['instances'])

        if not quota.get('cores'):
            self.skipTest('no core quota')
        self.assertEqual(20, quota['cores'])

        self.assertEqual(5, quota['volumes'])

    def test_servers(self):
        servers = self.api.list_servers()
        self.assertEqual([], servers)

        yield self.api.list_flavors()
        self.assertTrue(self.api.flavors)

        self.assertTrue(self.api.images)

    def test_volumes(self):
        volume = self.api.create_volume()
        self.assertEqual('available', volume['status'])

        attached = self.api.attach(volume)
        self.assertTrue(attached)

        detached = self.api.detach(volume)
        self.assertTrue(detached)

        self.api.delete_volume(volume)

    def test_ports(self, mock_neutron):
        ports = self.api.list_ports()
        self.assertEqual([], ports)

        networks = self.api.list_networks()
        self.assertEqual([], networks)

        mock_neutron.assert_called_once_with()

    @ddt.data('tiny', 'small')
    def test_flavor(self, flavor):
        found = self.api.get_flavor(flavor)
        self.assertTrue(found)

        self.assertEqual(flavor, found['name'])

        self.assertIn(flavor, self.api.flavors)

    def test_keypairs(self):
        keypair = self.api.create_keypair('key')
        self.assertEqual('key', keypair['name'])

        if not keypair['public_key']:
            return
        self.assertTrue(keypair['public_key'].startswith('ssh-rsa'))

        self.assertIn('key', self.api.keypairs)

    def test_one_long_phase(self):
        server = self.api.create_server('web')
        server_id = server['id']
        name = server['name']
        flavor = server['flavor']
        host = server['host']
        status = server['status']
        metadata = server['metadata']
        self.assertEqual('web', name)
        self.assertEqual('m1.small', flavor)
        self.assertEqual('compute1', host)
        self.assertEqual('ACTIVE', status)
        self.assertEqual({}, metadata)
        self.assertTrue(server_id)
