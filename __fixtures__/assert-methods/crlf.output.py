import unittest


class CrlfTest(unittest.TestCase):

    def test_crlf(self):
        self.assertEqual(a, b)
        self.assertIsNone(
            x)
        self.assertEqual(a, b)  # keep me
