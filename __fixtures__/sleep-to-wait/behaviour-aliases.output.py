"""The time module and its sleep under other names."""
import time as t
import unittest
from time import sleep as nap


def wait_until(predicate, timeout, interval):
    """Call predicate until it returns a true value, and return that value.

    Sleep interval seconds between calls. After timeout seconds, measured
    with t.monotonic() (tests that mock time.time() leave it alone),
    return the last false value, so that the caller's failure path runs.
    """
    deadline = t.monotonic() + timeout
    while True:
        result = predicate()
        if result or t.monotonic() >= deadline:
            return result
        t.sleep(interval)


class Flag(object):
    def __init__(self, ready_after):
        self.ready_after = ready_after
        self.polls = 0

    def is_set(self):
        self.polls += 1
        return self.polls >= self.ready_after


class AliasTest(unittest.TestCase):

    def _wait_with_alias(self, flag):
        if wait_until(lambda: flag.is_set(), timeout=0.04, interval=0.01):
            return True
        raise AssertionError('flag never set')

    def _wait_with_nap(self, flag):
        if not wait_until(lambda: flag.is_set(), timeout=0.05, interval=0.01):
            self.fail('flag never set before the deadline')

    def test_module_alias(self):
        self.flag = Flag(ready_after=2)
        self.assertTrue(self._wait_with_alias(self.flag))
        self.flag = Flag(ready_after=100)
        self.assertRaisesRegex(AssertionError, '^flag never set$', self._wait_with_alias, self.flag)

    def test_sleep_alias(self):
        self.flag = Flag(ready_after=3)
        self._wait_with_nap(self.flag)
        self.flag = Flag(ready_after=100)
        with self.assertRaises(AssertionError) as caught:
            self._wait_with_nap(self.flag)
        self.assertEqual('flag never set before the deadline', str(caught.exception))


if __name__ == '__main__':
    unittest.main()
