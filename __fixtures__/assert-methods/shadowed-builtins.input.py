import unittest


class PowTest(unittest.TestCase):
    # test_pow: type is the number type under test, not the builtin

    def powtest(self, type):
        for i in range(-10, 10):
            self.assertEqual(pow(type(i), 1), type(i))

    def test_isinstance_of_a_local(self):
        def isinstance(value, kind):
            return value == kind
        self.assertTrue(isinstance(1, 1))

    def test_powint(self):
        self.powtest(int)
