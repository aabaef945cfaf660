"""Bare sleeps before assertions on state that arrives a little later."""
import time
import unittest


def wait_until(predicate, timeout, interval):
    """Call predicate until it returns a true value, and return that value.

    Sleep interval seconds between calls. After timeout seconds, measured
    with time.monotonic() (tests that mock time.time() leave it alone),
    return the last false value, so that the caller's failure path runs.
    """
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result or time.monotonic() >= deadline:
            return result
        time.sleep(interval)


class SlowServer(object):
    """Becomes ACTIVE ``delay`` seconds after it is booted."""

    def __init__(self, delay):
        self.delay = delay
        self.booted_at = None
        self.polls = 0

    def boot(self):
        self.booted_at = time.monotonic()

    def status(self):
        self.polls += 1
        if time.monotonic() - self.booted_at >= self.delay:
            return 'ACTIVE'
        return 'BUILD'


class BareSleepTest(unittest.TestCase):

    def _boot_and_check(self):
        self.api.boot()
        wait_until(lambda: 'ACTIVE' == self.api.status(), timeout=0.05,
                   interval=0.005)
        self.assertEqual('ACTIVE', self.api.status())

    def test_becomes_active(self):
        self.api = SlowServer(delay=0.02)
        self._boot_and_check()

    def test_too_slow_fails_the_same_way(self):
        self.api = SlowServer(delay=10)
        with self.assertRaises(AssertionError) as caught:
            self._boot_and_check()
        self.assertEqual("'ACTIVE' != 'BUILD'\n- ACTIVE\n+ BUILD\n", str(caught.exception))


if __name__ == '__main__':
    unittest.main()
