"""Sleeps that stay: what a poll cannot prove, and sleeps that are the point."""
import time
import unittest


class LeftAloneTest(unittest.TestCase):

    def test_no_notification_sent(self):
        self.api.delete_server('s1')
        time.sleep(1)  # refused: negative assertion (assertEqual)
        self.assertEqual([], self.notifier.notifications)

    def test_reboot_not_called(self):
        self.api.stop_server('s1')
        time.sleep(0.5)  # refused: negative assertion (assert_not_called)
        self.driver.reboot.assert_not_called()

    def test_server_not_listed(self):
        time.sleep(2)  # refused: negative assertion (assertNotIn)
        self.assertNotIn('s1', self.api.list_servers())

    def test_not_locked(self):
        time.sleep(1)  # refused: negative assertion (assertFalse)
        self.assertFalse(self.api.is_locked('s1'))

    def test_never_rebuilt(self):
        time.sleep(1)  # refused: negative assertion (assert)
        assert not self.api.rebuilt('s1')

    def test_credential_expires(self):
        credential = self.identity.issue(expires_in=1)
        time.sleep(2)  # refused: expiry heuristic
        self.assertTrue(self.identity.rejects(credential))

    def test_token_is_refreshed(self):
        first = self.identity.current_token()
        time.sleep(1.5)  # refused: token heuristic
        self.assertTrue(self.identity.current_token() != first)

    def test_requests_are_throttled(self):
        self.api.hammer(100)
        time.sleep(1)  # refused: rate limit heuristic
        self.assertTrue(self.api.accepts_requests())

    def test_account_unlocks(self):
        self.identity.fail_login('bob', times=3)
        time.sleep(3)  # refused: lockout heuristic
        self.assertTrue(self.identity.can_log_in('bob'))

    def test_compute_goes_down(self):
        self.flags(agent_down_timeout=2)
        time.sleep(2.5)  # refused: *_duration/*_timeout setting heuristic
        self.assertTrue(self.api.service_is_down('compute'))

    def test_second_boundary(self):
        before = self.api.server_updated_at('s1')
        time.sleep(1)  # refused: second-boundary heuristic
        self.assertGreater(self.api.server_updated_at('s1'), before)

    def test_only_yields(self):
        self.api.start_server('s1')
        time.sleep(0)  # refused: sleep(0) only yields
        self.assertTrue(self.api.is_running('s1'))

    def test_pacing(self):
        self.api.start_server('s1')
        time.sleep(0.1)  # refused: not followed by an assertion
        self.api.stop_server('s1')

    def test_stale_local(self):
        server = self.api.get_server('s1')
        time.sleep(1)  # refused: only local values
        self.assertEqual('ACTIVE', server['status'])

    def test_raises_after_delete(self):
        self.api.delete_server('s1')
        time.sleep(1)  # refused: not a condition to poll
        self.assertRaises(KeyError, self.api.get_server, 's1')


def module_level_pause():
    time.sleep(5)  # refused: not followed by an assertion
