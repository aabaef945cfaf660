import unittest


class FormatTest(unittest.TestCase):

    def test_message_from_locals(self):
        serverName = 'web-1'
        host_name = 'compute1'
        message = '%(serverName)s on %(host_name)s' % locals()
        self.assertEqual('web-1 on compute1', message)

    def test_eval(self):
        flavorRef = 'm1'
        self.assertEqual('m1', eval('flavorRef'))

    def test_collision(self):
        imageRef = 'cirros'
        image_ref = imageRef.upper()
        self.assertEqual('CIRROS', image_ref)

    def test_collision_in_nested_scope(self):
        diskSize = 10

        def grow(size_gb):
            disk_size = size_gb * 2
            return diskSize + disk_size

        self.assertEqual(14, grow(2))

    def test_snake_names(self):
        volume_size = 1
        volume_type = 'lvm'
        server_name = 'web'
        self.assertTrue(volume_size and volume_type and server_name)
