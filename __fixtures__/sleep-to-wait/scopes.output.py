"""Scopes the transform looks into: a patch that ends with its with block, a cleanup function."""
import time
import unittest
from unittest import mock


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


class ScopeTest(unittest.TestCase):

    def test_after_a_patched_block(self):
        with mock.patch('time.sleep'):
            self.scheduler = self.start_service('scheduler')

        def _poll():
            if self.scheduler.is_up():
                return True

        if not wait_until(_poll, timeout=5, interval=0.5):
            self.fail('scheduler never came up')

    def test_cleanup_waits(self):
        snapshot = self.create_snapshot()

        def cleaner():
            self.snapshots_client.delete_snapshot(snapshot['id'])

            def _poll():
                if not self.snapshots_client.list_snapshots():
                    return True

            if wait_until(_poll, timeout=60, interval=1):
                return
            raise AssertionError('snapshot %s not deleted' % snapshot['id'])

        self.addCleanup(cleaner)
