import unittest


class ServerTestBase(unittest.TestCase):
    api_version = 1

    def test_server(self):
        # Name
        name = 'web-%d' % self.api_version
        self.assertTrue(name.startswith('web-'))

        # Version
        self.assertGreaterEqual(self.api_version, 1)

        # Flavor
        self.assertEqual('m1.small', 'm1.' + 'small')


class ServerTestV2(ServerTestBase):
    api_version = 2
