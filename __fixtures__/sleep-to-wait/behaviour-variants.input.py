"""More ways to write the same wait: inverted checks, counting down, ranges from one."""
import time
import unittest


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
        for i in range(5):
            if not self.gate.ready():
                time.sleep(0.0625)
            else:
                return
        self.fail('gate stayed shut')

    def _wait_counting_down(self):
        attempts = 5
        while attempts > 0:
            if self.gate.ready():
                return True
            attempts -= 1
            time.sleep(0.0625)
        return False

    def _wait_from_one(self):
        for attempt in range(1, 6):
            if self.gate.ready():
                return
            time.sleep(0.0625)
        raise AssertionError('gate stayed shut after five tries')

    def _wait_for_status(self, server_id):
        server = self.gate.get_server(server_id)
        start = time.time()
        while server['status'] != 'ACTIVE':
            time.sleep(0.0625)
            server = self.gate.get_server(server_id)
            if time.time() - start > 0.3125:
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
