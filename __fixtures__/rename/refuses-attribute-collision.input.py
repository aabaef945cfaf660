import unittest


class ServerTest(unittest.TestCase):
    def setUp(self):
        super().setUp()
        self.srv = {'name': 'vm'}

    def test_name(self):
        self.assertEqual('vm', self.srv['name'])
        self.assertIsNone(getattr(self, 'server', None))


class FlavorTest(ServerTest):
    def test_flavor(self):
        self.server = self.srv
        self.assertIs(self.server, self.srv)
