"""Tests that compare a traceback with text: lines keep their spacing."""
import traceback
import unittest


def divide():
    return 1/ 0 # Marker


class TracebackTextTest(unittest.TestCase):
    def test_marker_shown(self):
        try:
            divide()
        except ZeroDivisionError:
            text = traceback.format_exc()
        self.assertIn('return 1/ 0 # Marker', text)
