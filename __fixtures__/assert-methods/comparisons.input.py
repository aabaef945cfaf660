import unittest


class ComparisonTest(unittest.TestCase):

    def test_assert_true(self):
        self.assertTrue(a == b)
        self.assertTrue(a != b)
        self.assertTrue(a in b)
        self.assertTrue(a not in b)
        self.assertTrue(a is b)
        self.assertTrue(a is not b)
        self.assertTrue(a < b)
        self.assertTrue(a <= b)
        self.assertTrue(a > b)
        self.assertTrue(a >= b)

    def test_assert_false(self):
        self.assertFalse(a == b)
        self.assertFalse(a != b)
        self.assertFalse(a in b)
        self.assertFalse(a not in b)
        self.assertFalse(a is b)
        self.assertFalse(a is not b)

    def test_with_messages(self):
        self.assertTrue(len(servers) == 2, 'expected two servers')
        self.assertTrue(server['host'] == 'compute2', msg='did not move')
        self.assertFalse(x in y, msg)

    def test_parenthesized(self):
        self.assertTrue((a == b))
        self.assertFalse(((a in b)), 'msg')

    @classmethod
    def check(cls, a, b):
        cls.assertTrue(a == b)

    def test_negations(self):
        self.assertTrue(not server['locked'])
        self.assertFalse(not (a or b), 'msg')
        self.assertTrue(not a == b)
        self.assertTrue(not  # why
                        ready)
