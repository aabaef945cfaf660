"""Tests of the deprecated names keep calling them, as Twisted's trial tests do."""
import unittest
import warnings


class SynchronousAssertionsTests(unittest.TestCase):
    def test_failIfEqual_basic(self):
        x, y, z = [1], [2], [1]
        ret = self.failIfEqual(x, y)
        self.assertEquals(ret, x, "failIfEqual should return first parameter")
        self.failUnlessRaises(self.failureException, self.failIfEqual, x, x)

    def test_failUnlessRaises_expected(self):
        x = self.failUnlessRaises(ValueError, int, 'x')
        self.assertTrue(isinstance(x, ValueError))

    def test_failIf_matches_assertFalse(self):
        self.failIf(False)

    def test_failIfAlmostEqual(self):
        self.failIfAlmostEqual(1.0, 1.1, 3)
        self.failIf(False)

    def test_assertEqual_basic(self):
        self.assertEquals(1, 1)

    def test_equality(self):
        """assertItemsEqual compares the items, whatever their order."""
        self.assertItemsEqual([1, 2], [2, 1])
        self.assertEquals(1, 1)

    def test_warns(self):
        with self.assertWarns(DeprecationWarning):
            self.assertEquals(1, 1)
        with warnings.catch_warnings():
            warnings.simplefilter('ignore', DeprecationWarning)
            self.assertDictContainsSubset({}, {})
        with self.assertRaises(AssertionError):
            self.assertEquals(1, 2)


class AssertNotEqualsTests(unittest.TestCase):
    def test_basic(self):
        self.assertNotEquals(1, 2)
        self.assertEquals(1, 1)
