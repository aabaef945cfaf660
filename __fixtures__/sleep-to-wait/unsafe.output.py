"""Bare sleeps before positive assertions: with --unsafe they wait for the condition."""
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


class UnsafeTest(unittest.TestCase):

    def test_boot(self):
        self.api.boot('s1')
        # the compute service needs a moment
        wait_until(lambda: 'ACTIVE' == self.api.get_server('s1')['status'],
                   timeout=2, interval=0.2)
        self.assertEqual('ACTIVE', self.api.get_server('s1')['status'])

    def test_fetch_then_assert(self):
        self.api.reboot('s1')
        wait_until(
            lambda: ('ACTIVE' == self.api.get_server('s1')['status']
                     and self.api.get_console('s1') is not None),
            timeout=5, interval=0.5)
        server = self.api.get_server('s1')
        self.assertEqual('ACTIVE', server['status'],
                         'server did not come back')
        self.assertIsNotNone(self.api.get_console('s1'))

    def test_notifications(self):
        self.api.delete('s1')
        wait_until(
            lambda: ('compute.instance.delete.end' in self.notifier.event_types
                     and (self.notifier.flushed or self.notifier.closed)),
            timeout=0.5, interval=0.05)
        self.assertIn('compute.instance.delete.end', self.notifier.event_types)
        self.assertTrue(self.notifier.flushed or self.notifier.closed)
        self.assertEqual(0, len(self.notifier.pending))

    def test_configured_wait(self):
        self.api.resize('s1', 'm1.large')
        wait_until(lambda: self.api.get_server('s1')['vcpus'] > 2,
                   timeout=CONF.compute.resize_wait,
                   interval=CONF.compute.resize_wait / 10)
        self.assertGreater(self.api.get_server('s1')['vcpus'], 2)

    def test_pytest_style(self):
        self.api.attach('s1', 'v1')
        wait_until(lambda: self.api.attached('s1', 'v1'), timeout=30,
                   interval=1)
        assert self.api.attached('s1', 'v1')
