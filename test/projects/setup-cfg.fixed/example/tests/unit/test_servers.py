from example import helpers


class ServersTest(helpers.TestCase):
    def test_create(self, flavor = 'small'):
        server = {'flavor': flavor}
        self.assertEqual(server['flavor'], 'small')
        self.assertIsNotNone(server)
