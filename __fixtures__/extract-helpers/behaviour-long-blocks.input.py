import unittest
from unittest import mock


class Compute(object):
    def reboot(self, server):
        server['status'] = 'REBOOT'

    def rebuild(self, server, image):
        server['image'] = image


class LongBlocksTest(unittest.TestCase):

    def setUp(self):
        super(LongBlocksTest, self).setUp()
        self.compute = Compute()

    def test_reboot_then_rebuild(self):
        server = {'status': 'ACTIVE', 'image': 'cirros'}
        with mock.patch.object(self.compute, 'reboot') as reboot:
            # Reboot the server without touching the hypervisor
            self.compute.reboot(server)
            reboot.assert_called_once_with(server)
            self.assertEqual('ACTIVE', server['status'])
            calls = reboot.call_count
        self.assertEqual(1, calls)
        self.compute.rebuild(server, 'fedora')
        self.assertEqual('fedora', server['image'])

    def test_rebuild_and_back(self):
        server = {'status': 'ACTIVE', 'image': 'cirros'}
        for image in ('fedora', 'ubuntu'):
            # Rebuild the server with the image
            path = '/servers/%s' % image
            self.compute.rebuild(server, image)
            self.assertEqual(image, server['image'])

            # Rebuild it back to cirros
            path = '/servers/cirros'
            self.compute.rebuild(server, 'cirros')
            self.assertEqual('cirros', server['image'])
            self.assertTrue(path)
