import unittest


class NoneTest(unittest.TestCase):

    def test_comparisons_with_none(self):
        self.assertIsNone(x)
        self.assertIsNotNone(x)
        self.assertIsNone(x)
        self.assertIsNotNone(x)
        self.assertIsNone(x)
        self.assertIsNone(x)
        self.assertIsNotNone(x)
        self.assertIsNotNone(self.api.get_server(server_id), 'gone')

    def test_two_argument_forms(self):
        self.assertIsNone(x)
        self.assertIsNone(x)
        self.assertIsNone(x)
        self.assertIsNone(x)
        self.assertIsNotNone(x)
        self.assertIsNotNone(x)
        self.assertIsNone(self.api.get_server(server['id']),
                         'server was not deleted')
        self.assertIsNone(x, msg='still there')
