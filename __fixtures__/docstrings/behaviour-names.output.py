import unittest


class ServerNamesTest(unittest.TestCase):
    """Server names test."""

    def test_one_line(self):
        """One line."""
        self.assertTrue(True)

    def test_after_comment(self):
        """After comment."""
        # self.assertTrue(False)
        self.assertTrue(True)

    @unittest.skipIf(False, 'never skipped')
    def testCamelCaseName(self):
        """Camel case name."""
        self.assertEqual(1, 1)


class TestPlainNames(unittest.IsolatedAsyncioTestCase):
    """Test plain names."""

    async def test_coroutine(self):
        """Coroutine."""
        pass

    def test_docstring_kept(self):
        """Already documented."""


if __name__ == '__main__':
    unittest.main()
