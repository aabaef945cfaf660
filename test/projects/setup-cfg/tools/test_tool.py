import unittest


class ToolTest(unittest.TestCase):
    def test_tool(self):
        self.assertTrue(1 == 1)
