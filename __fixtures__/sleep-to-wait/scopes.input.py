"""Scopes the transform looks into: a patch that ends with its with block, a cleanup function."""
import time
import unittest
from unittest import mock


class ScopeTest(unittest.TestCase):

    def test_after_a_patched_block(self):
        with mock.patch('time.sleep'):
            self.scheduler = self.start_service('scheduler')
        for _ in range(10):
            if self.scheduler.is_up():
                break
            time.sleep(0.5)
        else:
            self.fail('scheduler never came up')

    def test_cleanup_waits(self):
        snapshot = self.create_snapshot()

        def cleaner():
            self.snapshots_client.delete_snapshot(snapshot['id'])
            for _ in range(60):
                if not self.snapshots_client.list_snapshots():
                    return
                time.sleep(1)
            raise AssertionError('snapshot %s not deleted' % snapshot['id'])

        self.addCleanup(cleaner)
