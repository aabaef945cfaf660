"""Tempest-style waits, rewritten onto test_utils.call_until_true."""
import time
import unittest

from tempest.lib import exceptions as lib_exc


class FakeClient(object):
    def __init__(self, ready_after, final='ACTIVE'):
        self.ready_after = ready_after
        self.final = final
        self.polls = 0

    def show_server(self, server_id):
        self.polls += 1
        if self.polls >= self.ready_after:
            if self.final is None:
                raise lib_exc.NotFound(server_id)
            return {'server': {'id': server_id, 'status': self.final}}
        return {'server': {'id': server_id, 'status': 'BUILD'}}


class WaiterTest(unittest.TestCase):

    build_interval = 0.01
    build_timeout = 0.05

    def _wait_for_server(self, server_id, status):
        for _ in range(5):
            server = self.client.show_server(server_id)['server']
            if server['status'] == status:
                return server
            time.sleep(self.build_interval)
        raise lib_exc.TimeoutException(
            'server %s did not reach %s' % (server_id, status))

    def _wait_for_deletion(self, server_id):
        start = time.time()
        while time.time() - start < self.build_timeout:
            try:
                self.client.show_server(server_id)
            except lib_exc.NotFound:
                return
            time.sleep(self.build_interval)
        raise lib_exc.TimeoutException('server %s not deleted' % server_id)

    def test_value_through_a_bool_helper(self):
        self.client = FakeClient(ready_after=3)
        self.assertEqual('ACTIVE', self._wait_for_server('s1', 'ACTIVE')['status'])
        self.client = FakeClient(ready_after=100)
        with self.assertRaises(lib_exc.TimeoutException) as caught:
            self._wait_for_server('s1', 'ACTIVE')
        self.assertEqual('server s1 did not reach ACTIVE', str(caught.exception))

    def test_bare_return(self):
        self.client = FakeClient(ready_after=2, final=None)
        self.assertIsNone(self._wait_for_deletion('s1'))
        self.client = FakeClient(ready_after=100)
        self.assertRaises(lib_exc.TimeoutException, self._wait_for_deletion, 's1')


if __name__ == '__main__':
    unittest.main()
