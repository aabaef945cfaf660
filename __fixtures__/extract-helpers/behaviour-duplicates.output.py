import unittest


class FakeVolumes(object):
    def __init__(self):
        self.volumes = {}

    def create(self, size):
        volume = {'id': 'vol-%d' % (len(self.volumes) + 1), 'size': size,
                  'status': 'available'}
        self.volumes[volume['id']] = volume
        return volume

    def attach(self, volume, server):
        volume['status'] = 'in-use'
        volume['server'] = server


class VolumesTest(unittest.TestCase):

    def setUp(self):
        super(VolumesTest, self).setUp()
        self.api = FakeVolumes()

    def test_attach_small_volume(self):
        size = 1
        # Create a volume and attach it to the server
        volume = self._create_a_volume_and_attach_it_to_the_server(size)
        self.assertEqual(1, volume['size'])

    def _create_a_volume_and_attach_it_to_the_server(self, size):
        volume = self.api.create(size)
        self.assertEqual('available', volume['status'])
        self.api.attach(volume, 'srv-1')
        self.assertEqual('in-use', volume['status'])
        return volume

    def test_attach_large_volume(self):
        large = 100
        # Create a volume and attach it to the server
        vol = self._create_a_volume_and_attach_it_to_the_server(large)
        self.assertEqual('srv-1', vol['server'])

    def test_attach_to_another_server(self):
        volume = self.api.create(2)
        self.assertEqual('available', volume['status'])
        self.api.attach(volume, 'srv-2')
        self.assertEqual('srv-2', volume['server'])
