"""Volume tests: mostly snake_case, with a few mixedCase names."""

import unittest


def _make_volume(size_gb, volume_type='lvm'):
    return {'size': size_gb, 'type': volume_type, 'status': 'available'}


class VolumeTest(unittest.TestCase):

    def setUp(self):
        self.volume_list = []
        self.addCleanup(self.volume_list.clear)

    def assertVolumeAvailable(self, volume):
        self.assertEqual('available', volume['status'])

    def test_create_volume(self):
        new_volume = _make_volume(10)
        volume_size = new_volume['size']
        self.assertEqual(10, volume_size)
        self.assertVolumeAvailable(new_volume)

    def test_attach_volume(self):
        attached_volume = _make_volume(size_gb=1)
        # attachedVolume keeps its size
        self.assertEqual(1, attached_volume['size'])
        server_id = 'srv-1'
        attachment_map = {server_id: attached_volume}
        self.assertIn(server_id, attachment_map)

    def test_volume_types(self):
        volume_types = ['lvm', 'ceph']
        made_volumes = [_make_volume(1, volume_type=t) for t in volume_types]
        self.assertEqual(volume_types, [v['type'] for v in made_volumes])
