import unittest


class BomTest(unittest.TestCase):

    def test_bom(self):
        self.assertTrue(a == b)
