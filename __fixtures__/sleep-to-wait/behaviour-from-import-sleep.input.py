"""Sleep imported by name: the helper needs the module, so it is imported."""
from time import sleep
import unittest


class Queue(object):
    def __init__(self, ready_after):
        self.ready_after = ready_after
        self.polls = 0

    def depth(self):
        self.polls += 1
        return 0 if self.polls >= self.ready_after else 2


class QueueTest(unittest.TestCase):

    def _wait_for_empty(self, queue):
        for _ in range(5):
            if queue.depth() == 0:
                break
            sleep(0.01)
        else:
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
