"""Polling loops of the shapes functional tests use, against a fake API.

Every helper is exercised three ways: the condition comes early, it never
comes (the failure path and its message), and, where the loop has one, the
fail-fast path.
"""

import time
import unittest


INTERVAL = 0.0625


class NotFound(Exception):
    pass


class FakeAPI(object):
    """A server whose status changes after a number of polls."""

    def __init__(self, status='BUILD', ready_after=None, final='ACTIVE'):
        self.polls = 0
        self.status = status
        self.ready_after = ready_after
        self.final = final
        self.log = ''

    def get_server(self, server_id):
        self.polls += 1
        if self.ready_after is not None and self.polls >= self.ready_after:
            if self.final is None:
                raise NotFound(server_id)
            self.status = self.final
        return {'id': server_id, 'status': self.status}

    def pending(self):
        self.polls += 1
        if self.ready_after is not None and self.polls >= self.ready_after:
            return 0
        return 3

    def write_log(self):
        self.polls += 1
        if self.ready_after is not None and self.polls >= self.ready_after:
            self.log = 'Instance spawned'
        return self.log


class PollingTest(unittest.TestCase):

    def _wait_for_status(self, server_id, status, max_retries=5):
        """while True with a counter, nova's _wait_for_server_parameter."""
        retry_count = 0
        while True:
            server = self.api.get_server(server_id)
            if server['status'] == status:
                break
            retry_count += 1
            if retry_count == max_retries:
                self.fail('Wait for state change failed, status=%s, server=%s'
                          % (status, server))
            time.sleep(INTERVAL)

        return server

    def _wait_for_active(self, server_id):
        """for-range, return on success, fail-fast on ERROR, fail after."""
        for attempt in range(5):
            server = self.api.get_server(server_id)
            if server['status'] == 'ERROR':
                raise AssertionError('server %s went to ERROR' % server_id)
            if server['status'] == 'ACTIVE':
                return server
            time.sleep(INTERVAL)
        self.fail('server %s is still %s' % (server_id, server['status']))

    def _wait_for_drain(self):
        """for-range returning a value that is false on success."""
        remaining = None
        for _ in range(4):
            remaining = self.api.pending()
            if remaining == 0:
                return remaining
            time.sleep(INTERVAL)
        self.fail('%d requests still pending' % remaining)

    def _wait_for_log(self, text):
        """for-range, bare return on success."""
        for i in range(5):
            if text in self.api.write_log():
                return
            time.sleep(INTERVAL)

        self.fail('The line "%s" did not appear in the log' % text)

    def _wait_with_deadline(self, server_id, timeout=0.3125):
        """while True with a deadline on time.time()."""
        start = time.time()
        while True:
            server = self.api.get_server(server_id)
            if server['status'] == 'ACTIVE':
                return server
            if time.time() - start > timeout:
                raise AssertionError('timed out, last status %s'
                                     % server['status'])
            time.sleep(INTERVAL)

    def _wait_while_deadline(self, server_id):
        """while <deadline> with an else."""
        deadline = time.time() + 0.3125
        while time.time() < deadline:
            server = self.api.get_server(server_id)
            if server['status'] == 'ACTIVE':
                break
            time.sleep(INTERVAL)
        else:
            self.fail('deadline passed, status %s' % server['status'])
        return server

    def _wait_for_else(self, server_id):
        """for-else, sleeping before each check."""
        for _ in range(5):
            # Give the compute service a moment first.
            time.sleep(INTERVAL)
            server = self.api.get_server(server_id)
            if server['status'] == 'ACTIVE':
                break
        else:
            self.fail('never became active: %s' % server['status'])
        return server

    def _wait_for_assert(self, assert_func, max_retries=5, sleep=INTERVAL):
        """try/except retry of an assertion, nova's _wait_for_assert."""
        last_error = None
        for i in range(max_retries):
            try:
                return assert_func()
            except AssertionError as e:
                last_error = e

            time.sleep(sleep)

        raise last_error

    def _wait_until_deleted(self, server_id):
        """Success is the exception; ERROR fails fast."""
        try:
            for i in range(5):
                server = self.api.get_server(server_id)
                if server['status'] == 'ERROR':
                    self.fail('Server went to error state instead of '
                              'disappearing.')
                time.sleep(INTERVAL)

            self.fail('Server failed to delete.')
        except NotFound:
            return

    def _wait_for_attach(self, server_id):
        """A retry counting seconds, the sleep in the except clause."""
        waited = 0.0
        while waited < 0.3125:
            try:
                return self._attached_volume(server_id)
            except NotFound:
                time.sleep(INTERVAL)
                waited += INTERVAL
        self.fail('volume never attached to %s' % server_id)

    def _wait_for_delete(self, server_id):
        """nova's try/except/else: the sleep runs only when the server is still there."""
        waited = 0.0
        while waited < 0.3125:
            try:
                server = self.api.get_server(server_id)
            except NotFound:
                # the server is gone so we're happy
                return
            else:
                time.sleep(INTERVAL)
                waited += INTERVAL

        self.fail('Timed out waiting for server %s to be deleted. '
                  'Current status: %s' % (server_id, server['status']))

    def _attached_volume(self, server_id):
        server = self.api.get_server(server_id)
        if server['status'] != 'ATTACHED':
            raise NotFound(server_id)
        return 'vol-1'

    def test_counter_loop(self):
        self.api = FakeAPI(ready_after=3)
        self.assertEqual('ACTIVE', self._wait_for_status('s1', 'ACTIVE')['status'])
        self.api = FakeAPI()
        with self.assertRaises(AssertionError) as caught:
            self._wait_for_status('s1', 'ACTIVE')
        self.assertEqual("Wait for state change failed, status=ACTIVE, "
                         "server={'id': 's1', 'status': 'BUILD'}",
                         str(caught.exception))

    def test_for_range_return(self):
        self.api = FakeAPI(ready_after=2)
        self.assertEqual('ACTIVE', self._wait_for_active('s1')['status'])
        self.api = FakeAPI()
        with self.assertRaises(AssertionError) as caught:
            self._wait_for_active('s1')
        self.assertEqual('server s1 is still BUILD', str(caught.exception))
        self.api = FakeAPI(ready_after=2, final='ERROR')
        with self.assertRaises(AssertionError) as caught:
            self._wait_for_active('s1')
        self.assertEqual('server s1 went to ERROR', str(caught.exception))
        self.assertEqual(2, self.api.polls)

    def test_false_return_value(self):
        self.api = FakeAPI(ready_after=2)
        self.assertEqual(0, self._wait_for_drain())
        self.api = FakeAPI()
        with self.assertRaises(AssertionError) as caught:
            self._wait_for_drain()
        self.assertEqual('3 requests still pending', str(caught.exception))

    def test_bare_return(self):
        self.api = FakeAPI(ready_after=3)
        self.assertIsNone(self._wait_for_log('spawned'))
        self.api = FakeAPI()
        with self.assertRaises(AssertionError) as caught:
            self._wait_for_log('spawned')
        self.assertEqual('The line "spawned" did not appear in the log',
                         str(caught.exception))

    def test_deadline_loop(self):
        self.api = FakeAPI(ready_after=2)
        self.assertEqual('ACTIVE', self._wait_with_deadline('s1')['status'])
        self.api = FakeAPI()
        with self.assertRaises(AssertionError) as caught:
            self._wait_with_deadline('s1')
        self.assertEqual('timed out, last status BUILD', str(caught.exception))

    def test_while_else(self):
        self.api = FakeAPI(ready_after=2)
        self.assertEqual('ACTIVE', self._wait_while_deadline('s1')['status'])
        self.api = FakeAPI()
        with self.assertRaises(AssertionError) as caught:
            self._wait_while_deadline('s1')
        self.assertEqual('deadline passed, status BUILD', str(caught.exception))

    def test_for_else_sleeping_first(self):
        self.api = FakeAPI(ready_after=1)
        self.assertEqual('ACTIVE', self._wait_for_else('s1')['status'])
        self.api = FakeAPI()
        with self.assertRaises(AssertionError) as caught:
            self._wait_for_else('s1')
        self.assertEqual('never became active: BUILD', str(caught.exception))

    def test_retry_assertion(self):
        self.api = FakeAPI(ready_after=3)

        def check():
            self.assertEqual('ACTIVE', self.api.get_server('s1')['status'])
            return 'checked'

        self.assertEqual('checked', self._wait_for_assert(check))
        self.api = FakeAPI()
        with self.assertRaises(AssertionError) as caught:
            self._wait_for_assert(check)
        self.assertEqual("'ACTIVE' != 'BUILD'\n- ACTIVE\n+ BUILD\n",
                         str(caught.exception))

    def test_retry_only_what_was_retried(self):
        self.api = FakeAPI()

        def broken():
            raise KeyError('status')

        self.assertRaises(KeyError, self._wait_for_assert, broken)

    def test_success_by_exception(self):
        self.api = FakeAPI(ready_after=3, final=None)
        self.assertIsNone(self._wait_until_deleted('s1'))
        self.api = FakeAPI(ready_after=2, final='ERROR')
        with self.assertRaises(AssertionError) as caught:
            self._wait_until_deleted('s1')
        self.assertEqual('Server went to error state instead of disappearing.',
                         str(caught.exception))
        self.api = FakeAPI()
        with self.assertRaises(AssertionError) as caught:
            self._wait_until_deleted('s1')
        self.assertEqual('Server failed to delete.', str(caught.exception))

    def test_try_else(self):
        self.api = FakeAPI(ready_after=3, final=None)
        self.assertIsNone(self._wait_for_delete('s1'))
        self.api = FakeAPI(status='DELETING')
        with self.assertRaises(AssertionError) as caught:
            self._wait_for_delete('s1')
        self.assertEqual('Timed out waiting for server s1 to be deleted. '
                         'Current status: DELETING', str(caught.exception))

    def test_retry_counting_seconds(self):
        self.api = FakeAPI(ready_after=2, final='ATTACHED')
        self.assertEqual('vol-1', self._wait_for_attach('s1'))
        self.api = FakeAPI()
        with self.assertRaises(AssertionError) as caught:
            self._wait_for_attach('s1')
        self.assertEqual('volume never attached to s1', str(caught.exception))


if __name__ == '__main__':
    unittest.main()
