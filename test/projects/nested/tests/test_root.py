import unittest


class RootTest(unittest.TestCase):
    def test_root(self):
        x=1
        self.assertTrue(x == 1)
