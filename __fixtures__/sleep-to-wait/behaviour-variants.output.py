"""More ways to write the same wait: inverted checks, counting down, ranges from one."""
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


class Gate(object):
    def __init__(self, opens_after):
        self.opens_after = opens_after
        self.polls = 0

    def ready(self):
        self.polls += 1
        return self.polls >= self.opens_after

    def get_server(self, server_id):
        return {'id': server_id, 'status': 'ACTIVE' if self.ready() else 'BUILD'}


class VariantTest(unittest.TestCase):

    def _wait_inverted(self):
        def _poll():
            if self.gate.ready():
                return True

        if wait_until(_poll, timeout=0.3125, interval=0.0625):
            return
        self.fail('gate stayed shut')

    def _wait_counting_down(self):
        def _poll():
            if self.gate.ready():
                return True

        if wait_until(_poll, timeout=0.3125, interval=0.0625):
            return True
        return False

    def _wait_from_one(self):
        def _poll():
            if self.gate.ready():
                return True

        if wait_until(_poll, timeout=0.3125, interval=0.0625):
            return
        raise AssertionError('gate stayed shut after five tries')

    def _wait_for_status(self, server_id):
        server = None

        def _poll():
            nonlocal server
            server = self.gate.get_server(server_id)
            return server['status'] == 'ACTIVE'

        if not wait_until(_poll, timeout=0.3125, interval=0.0625):
            self.fail('still %s' % server['status'])
        return server

    def test_inverted(self):
        self.gate = Gate(opens_after=3)
        self.assertIsNone(self._wait_inverted())
        self.gate = Gate(opens_after=100)
        self.assertRaisesRegex(AssertionError, '^gate stayed shut$', self._wait_inverted)

    def test_counting_down(self):
        self.gate = Gate(opens_after=2)
        self.assertTrue(self._wait_counting_down())
        self.gate = Gate(opens_after=100)
        self.assertFalse(self._wait_counting_down())

    def test_from_one(self):
        self.gate = Gate(opens_after=4)
        self.assertIsNone(self._wait_from_one())
        self.gate = Gate(opens_after=100)
        self.assertRaisesRegex(AssertionError, 'after five tries', self._wait_from_one)

    def test_status_refetched_with_a_deadline_inside(self):
        self.gate = Gate(opens_after=3)
        self.assertEqual('ACTIVE', self._wait_for_status('s1')['status'])
        self.gate = Gate(opens_after=100)
        self.assertRaisesRegex(AssertionError, '^still BUILD$', self._wait_for_status, 's1')


if __name__ == '__main__':
    unittest.main()
