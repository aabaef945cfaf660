"""A fixture class that patches sleep may be used by any test of the module."""
import time
import unittest

import fixtures


class NoSleep(fixtures.Fixture):

    def _setUp(self):
        self.useFixture(fixtures.MonkeyPatch('time.sleep', lambda seconds: None))


class FixtureTest(unittest.TestCase):

    def test_loop(self):
        self.useFixture(NoSleep())
        for _ in range(3):  # refused: patched in this scope
            if self.api.ready():
                return
            time.sleep(1)
        self.fail('never ready')
