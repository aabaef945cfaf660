import sys
import unittest


class FrameTest(unittest.TestCase):
    def test_offsets(self):
        # The line of a frame counts from the method's first line:
        # a docstring of one line would take away one.
        first = FrameTest.test_offsets.__code__.co_firstlineno
        self.assertEqual(sys._getframe().f_lineno, first + 4)
