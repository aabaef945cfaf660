import unittest


class VolumesTest(unittest.TestCase):

    def setUp(self):
        super(VolumesTest, self).setUp()
        self.volumes = {'v1': {'status': 'available'}}

    def test_volume_status(self):
        body = self.volumes['v1']
        self.assertTrue(body['status'] == 'available')

    def test_attach_volume(self):
        volumeId = 'v1'
        self.volumes[volumeId]['status'] = 'in-use'
        self.assertTrue(self.volumes[volumeId]['status'] == 'in-use')
