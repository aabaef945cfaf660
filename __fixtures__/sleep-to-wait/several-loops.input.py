"""Several loops in one function get their own names; the helper is inserted once."""
import time
import unittest


class SeveralTest(unittest.TestCase):

    def _wait_for_pair(self, first, second):
        for _ in range(10):
            server = self.api.get_server(first)
            if server['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('first server never became active')

        for _ in range(10):
            other = self.api.get_server(second)
            if other['status'] == 'ACTIVE':
                return server, other
            time.sleep(0.5)
        self.fail('second server never became active')

    def _wait_for_third(self, third):
        _poll = None
        for _ in range(10):
            _poll = self.api.get_server(third)
            if _poll['status'] == 'ACTIVE':
                return _poll
            time.sleep(0.5)
        self.fail('third server never became active: %s' % _poll)
