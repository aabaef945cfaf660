"""A class attribute a mixin also sets: both are renamed, or the MRO would change."""
import unittest


class ApproxTest(unittest.TestCase):
    rel = 0

    def _close(self, a, b):
        return abs(a - b) <= self.rel


class LooseMixin:
    rel = 0.5


class LooseTest(LooseMixin, ApproxTest):
    def test_loose(self):
        self.assertTrue(self._close(1.0, 1.2))


class StrictTest(ApproxTest):
    def test_strict(self):
        self.assertFalse(self._close(1.0, 1.2))
