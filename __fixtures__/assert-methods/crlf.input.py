import unittest


class CrlfTest(unittest.TestCase):

    def test_crlf(self):
        self.assertTrue(a == b)
        self.assertTrue(
            x is None)
        self.assertEquals(a, b)  # keep me
