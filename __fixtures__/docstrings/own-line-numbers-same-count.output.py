import sys
import unittest


class FrameTest(unittest.TestCase):
    # Line numbers counted from a method's first line.

    def test_offsets(self):
        """The line of a frame counts from the method's first line."""
        first = FrameTest.test_offsets.__code__.co_firstlineno
        self.assertEqual(sys._getframe().f_lineno, first + 3)
