"""Tests that count lines from a first line: blank lines stay."""
import unittest
def traced():
    value = 1
    return value
class LineNumberTest(unittest.TestCase):
    def test_first_line(self):
        code = traced.__code__
        lines = [line for _, _, line in code.co_lines() if line is not None]
        self.assertEqual(max(lines), code.co_firstlineno + 2)
    def test_frame_line(self):
        import sys
        here = sys._getframe().f_lineno
        there = sys._getframe().f_lineno
        self.assertEqual(there, here + 1)
