import unittest


class GeneratedTest(unittest.TestCase):
    def test_one(self):
        self.assertTrue(1 == 1)
