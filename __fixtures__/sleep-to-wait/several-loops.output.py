"""Several loops in one function get their own names; the helper is inserted once."""
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


class SeveralTest(unittest.TestCase):

    def _wait_for_pair(self, first, second):
        server = None

        def _poll():
            nonlocal server
            server = self.api.get_server(first)
            if server['status'] == 'ACTIVE':
                return True

        if not wait_until(_poll, timeout=5, interval=0.5):
            self.fail('first server never became active')

        def _poll2():
            other = self.api.get_server(second)
            if other['status'] == 'ACTIVE':
                return ((server, other),)

        polled = wait_until(_poll2, timeout=5, interval=0.5)
        if polled:
            return polled[0]
        self.fail('second server never became active')

    def _wait_for_third(self, third):
        _poll = None

        def _poll2():
            nonlocal _poll
            _poll = self.api.get_server(third)
            if _poll['status'] == 'ACTIVE':
                return (_poll,)

        polled = wait_until(_poll2, timeout=5, interval=0.5)
        if polled:
            return polled[0]
        self.fail('third server never became active: %s' % _poll)
