"""Tests that count references: blocks stay in the frame whose references they count."""
import sys
import unittest


class RefcountTest(unittest.TestCase):
    def test_no_leak(self):
        item = object()
        before = sys.getrefcount(item)
        for repeat in range(2):
            for kind in (list, tuple):
                if kind:
                    held = kind([item])
                    self.assertEqual(len(held), 1)
                    del held
        self.assertEqual(sys.getrefcount(item), before)
