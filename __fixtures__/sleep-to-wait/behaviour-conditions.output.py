"""Loops whose condition says what they wait for, bounded by a deadline or a counter."""
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


class FakeNotifier(object):
    """Notifications arrive one per poll of ``arrived``, up to ``expected``."""

    def __init__(self, expected):
        self.expected = expected
        self.notifications = []
        self.polls = 0

    def arrived(self):
        self.polls += 1
        if len(self.notifications) < self.expected:
            self.notifications.append('compute.instance.update')
        return len(self.notifications)


class FakeServers(object):
    def __init__(self, ready_after):
        self.ready_after = ready_after
        self.polls = 0

    def get_server(self, server_id):
        self.polls += 1
        status = 'ACTIVE' if self.polls >= self.ready_after else 'BUILD'
        return {'id': server_id, 'status': status}


class ConditionLoopTest(unittest.TestCase):

    def _wait_for_notifications(self, count):
        def _poll():
            return not self.notifier.arrived() < count

        wait_until(_poll, timeout=0.05, interval=0.01)
        self.assertEqual(count, len(self.notifier.notifications))

    def _wait_counting(self, count):
        def _poll():
            return not self.notifier.arrived() < count

        wait_until(_poll, timeout=0.05, interval=0.01)
        self.assertEqual(count, len(self.notifier.notifications))

    def _wait_refetching(self, server_id):
        server = None

        def _poll():
            nonlocal server
            server = self.api.get_server(server_id)
            return server['status'] == 'ACTIVE'

        wait_until(_poll, timeout=0.05, interval=0.01)
        self.assertEqual('ACTIVE', server['status'])
        return server

    def test_condition_with_deadline(self):
        self.notifier = FakeNotifier(expected=3)
        self._wait_for_notifications(3)
        self.notifier = FakeNotifier(expected=1)
        with self.assertRaises(AssertionError) as caught:
            self._wait_for_notifications(2)
        self.assertEqual('2 != 1', str(caught.exception))

    def test_condition_with_counter(self):
        self.notifier = FakeNotifier(expected=2)
        self._wait_counting(2)
        self.notifier = FakeNotifier(expected=1)
        with self.assertRaises(AssertionError) as caught:
            self._wait_counting(2)
        self.assertEqual('2 != 1', str(caught.exception))

    def test_condition_refetched(self):
        self.api = FakeServers(ready_after=3)
        self.assertEqual('s1', self._wait_refetching('s1')['id'])
        self.api = FakeServers(ready_after=1000)
        with self.assertRaises(AssertionError) as caught:
            self._wait_refetching('s1')
        self.assertEqual("'ACTIVE' != 'BUILD'\n- ACTIVE\n+ BUILD\n",
                         str(caught.exception))


if __name__ == '__main__':
    unittest.main()
