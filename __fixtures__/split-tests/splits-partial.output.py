"""Volumes against an in-memory API: a lifecycle between independent checks."""

import unittest


def parse_size(text):
    if not text.endswith('G') or not text[:-1].isdigit():
        raise ValueError(text)
    return int(text[:-1])


class FakeVolumes(object):
    def __init__(self):
        self.volumes = {}

    def create(self, name, size):
        volume = {'id': 'vol-%d' % (len(self.volumes) + 1), 'name': name, 'size': size, 'status': 'available'}
        self.volumes[volume['id']] = volume
        return volume

    def extend(self, volume_id, size):
        self.volumes[volume_id]['size'] = size

    def show(self, volume_id):
        return dict(self.volumes[volume_id])

    def delete(self, volume_id):
        del self.volumes[volume_id]

    def list(self):
        return sorted(self.volumes)


class VolumesTest(unittest.TestCase):

    def setUp(self):
        super(VolumesTest, self).setUp()
        self.api = FakeVolumes()

    def test_volumes_sizes_read_gigabytes(self):
        # Sizes are read in gigabytes
        self.assertEqual(1, parse_size('1G'))

    def test_volumes_new_extending_deleting(self):
        # A new volume is available
        volume = self.api.create('v1', size=1)
        self.assertEqual('available', volume['status'])

        # Extending it grows it
        self.api.extend(volume['id'], 2)
        self.assertEqual(2, self.api.show(volume['id'])['size'])

        # Deleting it removes it
        self.api.delete(volume['id'])
        self.assertEqual([], self.api.list())

    def test_volumes_bad_sizes_refused(self):
        # Bad sizes are refused
        self.assertRaises(ValueError, parse_size, 'big')


if __name__ == '__main__':
    unittest.main()
