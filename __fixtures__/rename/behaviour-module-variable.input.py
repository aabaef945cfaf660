"""A module-level constant renamed with its global statement and readers."""
import unittest

TIMEOUT = 10
_calls = 0


def wait():
    global _calls
    _calls += 1
    return TIMEOUT


class TimeoutTest(unittest.TestCase):
    TIMEOUT = 1

    def test_module_constant(self):
        self.assertEqual(10, wait())
        self.assertEqual(1, self.TIMEOUT)
        self.assertGreater(_calls, 0)
