"""A module that already has the helper (from an earlier run) reuses it."""
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


class ExistingTest(unittest.TestCase):

    def _wait_for_deleted(self, server_id):
        for _ in range(20):
            if server_id not in self.api.list_servers():
                break
            time.sleep(0.1)
        else:
            self.fail('server %s was not deleted' % server_id)
