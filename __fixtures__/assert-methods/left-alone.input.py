import unittest


class LeftAloneTest(unittest.TestCase):

    def test_nothing_precise_fits(self):
        self.assertTrue(0 <= count < 10)
        self.assertTrue(a == b and c == d)
        self.assertFalse(x in y or z)
        self.assertTrue((n := len(items)) > 2)
        self.assertFalse(a < b)
        self.assertFalse(a >= b, 'ordering is not negated')

    def test_not_ours_to_touch(self):
        self.assertTrue(result)
        self.assertTrue(a and b)
        self.assertEqual(a, b)
        other.assertTrue(a == b)
        assertTrue(a == b)
        self.assertTrue(*args)
        self.assertEqual(x, None, **kwargs)
        self.assertTrue(x == y for x, y in pairs)
        self.assertIsNone(x)
