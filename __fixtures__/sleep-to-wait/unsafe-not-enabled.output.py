"""Bare sleeps before positive assertions: with --unsafe they wait for the condition."""
import time
import unittest


class UnsafeTest(unittest.TestCase):

    def test_boot(self):
        self.api.boot('s1')
        time.sleep(2)  # the compute service needs a moment
        self.assertEqual('ACTIVE', self.api.get_server('s1')['status'])

    def test_fetch_then_assert(self):
        self.api.reboot('s1')
        time.sleep(5)
        server = self.api.get_server('s1')
        self.assertEqual('ACTIVE', server['status'],
                         'server did not come back')
        self.assertIsNotNone(self.api.get_console('s1'))

    def test_notifications(self):
        self.api.delete('s1')
        time.sleep(0.5)
        self.assertIn('compute.instance.delete.end', self.notifier.event_types)
        self.assertTrue(self.notifier.flushed or self.notifier.closed)
        self.assertEqual(0, len(self.notifier.pending))

    def test_configured_wait(self):
        self.api.resize('s1', 'm1.large')
        time.sleep(CONF.compute.resize_wait)
        self.assertGreater(self.api.get_server('s1')['vcpus'], 2)

    def test_pytest_style(self):
        self.api.attach('s1', 'v1')
        time.sleep(30)
        assert self.api.attached('s1', 'v1')
