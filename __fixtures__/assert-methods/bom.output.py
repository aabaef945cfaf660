import unittest


class BomTest(unittest.TestCase):

    def test_bom(self):
        self.assertEqual(a, b)
