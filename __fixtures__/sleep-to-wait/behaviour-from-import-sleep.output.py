"""Sleep imported by name: the helper needs the module, so it is imported."""
import time
from time import sleep
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


class Queue(object):
    def __init__(self, ready_after):
        self.ready_after = ready_after
        self.polls = 0

    def depth(self):
        self.polls += 1
        return 0 if self.polls >= self.ready_after else 2


class QueueTest(unittest.TestCase):

    def _wait_for_empty(self, queue):
        def _poll():
            if queue.depth() == 0:
                return True

        if not wait_until(_poll, timeout=0.05, interval=0.01):
            self.fail('queue still has %d messages' % queue.depth())

    def test_empties(self):
        self.queue = Queue(ready_after=3)
        self._wait_for_empty(self.queue)

    def test_never_empties(self):
        self.queue = Queue(ready_after=100)
        with self.assertRaises(AssertionError) as caught:
            self._wait_for_empty(self.queue)
        self.assertEqual('queue still has 2 messages', str(caught.exception))


if __name__ == '__main__':
    unittest.main()
