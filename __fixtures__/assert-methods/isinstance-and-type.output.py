import unittest


class TypeTest(unittest.TestCase):

    def test_isinstance(self):
        self.assertIsInstance(server['metadata'], dict)
        self.assertNotIsInstance(value, (list, tuple), 'not a sequence')
        self.assertIsInstance(
            response, FakeResponse)

    def test_type(self):
        self.assertIs(type(result), dict)
        self.assertIs(FakeResponse, type(response))
        self.assertIsNot(type(result), list)
