"""A Python 2 module: nonlocal and time.monotonic() would break it, so its loops are reported."""
import time
import unittest


class Python2Test(unittest.TestCase):

    def _wait_for_nodes(self, nodes):
        for attempt in range(10):  # refused: looks like Python 2 (.next()
            found = [n for n in nodes if self.ring.has_node(n)]
            if len(found) == len(nodes):
                return found
            time.sleep(0.3)
        self.fail('nodes never joined: %r' % nodes)

    def _await_status(self, expected_status):
        for i in xrange(100):  # refused: looks like Python 2
            time.sleep(0.01)
            if self.image_status() == expected_status:
                return
        self.fail('unexpected image status')

    def test_handoff(self):
        node = self.ring.get_more_nodes(0).next()
        self._wait_for_nodes([node])
