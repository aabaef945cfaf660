import unittest


class OldTest(unittest.TestCase):
    def test_sum(self):
        x=1+1
        self.assertEqual(x, 2)
