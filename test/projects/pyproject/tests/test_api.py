import unittest


class ApiTest(unittest.TestCase):
    def test_total(self):
        total = 2*3
        self.assertTrue(total == 6)
        self.assertEqual(total>5, True)
        table = [1,2]
        self.assertEqual(table, [1,2])
