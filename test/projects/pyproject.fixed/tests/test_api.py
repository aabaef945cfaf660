import unittest


class ApiTest(unittest.TestCase):
    def test_total(self):
        total = 2*3
        self.assertEqual(total, 6)
        self.assertGreater(total, 5)
        table = [1,2]
        self.assertEqual(table, [1,2])
