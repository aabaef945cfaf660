import unittest


class NoneTest(unittest.TestCase):

    def test_comparisons_with_none(self):
        self.assertTrue(x is None)
        self.assertTrue(x is not None)
        self.assertTrue(None is x)
        self.assertFalse(x is None)
        self.assertFalse(x is not None)
        self.assertTrue(x == None)
        self.assertTrue(x != None)
        self.assertFalse(self.api.get_server(server_id) is None, 'gone')

    def test_two_argument_forms(self):
        self.assertIs(x, None)
        self.assertIs(None, x)
        self.assertEqual(x, None)
        self.assertEqual(None, x)
        self.assertIsNot(x, None)
        self.assertNotEqual(None, x)
        self.assertEqual(self.api.get_server(server['id']), None,
                         'server was not deleted')
        self.assertEqual(x, None, msg='still there')
