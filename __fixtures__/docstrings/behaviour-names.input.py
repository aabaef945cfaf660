import unittest


class ServerNamesTest(unittest.TestCase):
    def test_one_line(self): self.assertTrue(True)

    def test_after_comment(self):
        # self.assertTrue(False)
        self.assertTrue(True)

    @unittest.skipIf(False, 'never skipped')
    def testCamelCaseName(self):
        self.assertEqual(1, 1)


class TestPlainNames(unittest.IsolatedAsyncioTestCase):

    async def test_coroutine(self):
        pass

    def test_docstring_kept(self):
        """Already documented."""


if __name__ == '__main__':
    unittest.main()
