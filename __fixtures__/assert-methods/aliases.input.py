import unittest


class AliasTest(unittest.TestCase):

    def test_aliases(self):
        self.assertEquals(a, b)
        self.failUnlessEqual(a, b)
        self.assertNotEquals(a, b)
        self.failIfEqual(a, b)
        self.assert_(ok)
        self.failUnless(ok)
        self.failIf(broken)
        self.failUnlessRaises(ValueError, int, 'x')
        self.assertAlmostEquals(1.0, 1.00001, places=3)
        self.failUnlessAlmostEqual(1.0, 1.00001, places=3)
        self.assertNotAlmostEquals(1.0, 2.0)
        self.failIfAlmostEqual(1.0, 2.0)
        self.assertRegexpMatches(text, r'^ok')
        self.assertNotRegexpMatches(text, r'^error')
        self.assertItemsEqual(['a', 'b'], names)
        with self.assertRaisesRegexp(ValueError, 'invalid'):
            int('x')
