import unittest


class ComparisonTest(unittest.TestCase):

    def test_assert_true(self):
        self.assertEqual(a, b)
        self.assertNotEqual(a, b)
        self.assertIn(a, b)
        self.assertNotIn(a, b)
        self.assertIs(a, b)
        self.assertIsNot(a, b)
        self.assertLess(a, b)
        self.assertLessEqual(a, b)
        self.assertGreater(a, b)
        self.assertGreaterEqual(a, b)

    def test_assert_false(self):
        self.assertNotEqual(a, b)
        self.assertEqual(a, b)
        self.assertNotIn(a, b)
        self.assertIn(a, b)
        self.assertIsNot(a, b)
        self.assertIs(a, b)

    def test_with_messages(self):
        self.assertEqual(len(servers), 2, 'expected two servers')
        self.assertEqual(server['host'], 'compute2', msg='did not move')
        self.assertNotIn(x, y, msg)

    def test_parenthesized(self):
        self.assertEqual(a, b)
        self.assertNotIn(a, b, 'msg')

    @classmethod
    def check(cls, a, b):
        cls.assertEqual(a, b)

    def test_negations(self):
        self.assertFalse(server['locked'])
        self.assertTrue(a or b, 'msg')
        self.assertNotEqual(a, b)
        self.assertTrue(not  # why
                        ready)
