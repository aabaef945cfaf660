import unittest


class CustomBase(unittest.TestCase):

    def assertItemsEqual(self, expected, observed):
        """A project helper that compares sorted lists."""
        self.assertEqual(sorted(expected), sorted(observed))


class OwnMethodsTest(CustomBase):

    def test_uses_the_project_helper(self):
        self.assertItemsEqual(['b', 'a'], ['a', 'b'])
        self.assertEqual(1, 1)
