"""A module-level constant renamed with its global statement and readers."""
import unittest

WAIT_TIMEOUT = 10
_wait_calls = 0


def wait():
    global _wait_calls
    _wait_calls += 1
    return WAIT_TIMEOUT


class TimeoutTest(unittest.TestCase):
    WAIT_TIMEOUT = 1

    def test_module_constant(self):
        self.assertEqual(10, wait())
        self.assertEqual(1, self.WAIT_TIMEOUT)
        self.assertGreater(_wait_calls, 0)
