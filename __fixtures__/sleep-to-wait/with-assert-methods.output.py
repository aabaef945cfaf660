"""assert-methods edits inside a loop this transform rewrites: the give-up block stays in place."""
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


class T(unittest.TestCase):

    def _wait(self, server_id):
        server = None

        def _poll():
            nonlocal server
            server = self.api.get_server(server_id)
            self.assertTrue(server['id'] == server_id)
            if server['status'] == 'ACTIVE':
                return True

        if not wait_until(_poll, timeout=4.5, interval=0.5):
            self.fail(self.assertTrue(server['status'] == 'X') or
                      'never active')
        return server

    def _wait_else(self, server_id):
        def _poll():
            if self.api.get_server(server_id)['status'] == 'ACTIVE':
                return True

        if not wait_until(_poll, timeout=5, interval=0.5):
            self.assertTrue(self.api.get_server(server_id) is None)
            self.fail('never active')
