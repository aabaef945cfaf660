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
            calls = self._reboot_the_server_without_touching_the_hypervisor(
                server, reboot)
        self.assertEqual(1, calls)
        self.compute.rebuild(server, 'fedora')
        self.assertEqual('fedora', server['image'])

    def _reboot_the_server_without_touching_the_hypervisor(self, server,
                                                           reboot):
        self.compute.reboot(server)
        reboot.assert_called_once_with(server)
        self.assertEqual('ACTIVE', server['status'])
        calls = reboot.call_count
        return calls

    def test_rebuild_and_back(self):
        server = {'status': 'ACTIVE', 'image': 'cirros'}
        for image in ('fedora', 'ubuntu'):
            # Rebuild the server with the image
            self._rebuild_the_server_with_the_image(image, server)

            # Rebuild it back to cirros
            self._rebuild_it_back_to_cirros(server)

    def _rebuild_the_server_with_the_image(self, image, server):
        path = '/servers/%s' % image
        self.compute.rebuild(server, image)
        self.assertEqual(image, server['image'])

    def _rebuild_it_back_to_cirros(self, server):
        path = '/servers/cirros'
        self.compute.rebuild(server, 'cirros')
        self.assertEqual('cirros', server['image'])
        self.assertTrue(path)
