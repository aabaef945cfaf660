import unittest


class AliasTest(unittest.TestCase):

    def test_aliases(self):
        self.assertEqual(a, b)
        self.assertEqual(a, b)
        self.assertNotEqual(a, b)
        self.assertNotEqual(a, b)
        self.assertTrue(ok)
        self.assertTrue(ok)
        self.assertFalse(broken)
        self.assertRaises(ValueError, int, 'x')
        self.assertAlmostEqual(1.0, 1.00001, places=3)
        self.assertAlmostEqual(1.0, 1.00001, places=3)
        self.assertNotAlmostEqual(1.0, 2.0)
        self.assertNotAlmostEqual(1.0, 2.0)
        self.assertRegex(text, r'^ok')
        self.assertNotRegex(text, r'^error')
        self.assertCountEqual(['a', 'b'], names)
        with self.assertRaisesRegex(ValueError, 'invalid'):
            int('x')
