import unittest


class SearchTest(unittest.TestCase):
    def test_query(self):
        hits=3
        self.assertTrue(hits == 3)
