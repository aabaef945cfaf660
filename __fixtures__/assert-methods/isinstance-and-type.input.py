import unittest


class TypeTest(unittest.TestCase):

    def test_isinstance(self):
        self.assertTrue(isinstance(server['metadata'], dict))
        self.assertFalse(isinstance(value, (list, tuple)), 'not a sequence')
        self.assertTrue(isinstance(
            response, FakeResponse))

    def test_type(self):
        self.assertEqual(type(result), dict)
        self.assertEqual(FakeResponse, type(response))
        self.assertNotEqual(type(result), list)
