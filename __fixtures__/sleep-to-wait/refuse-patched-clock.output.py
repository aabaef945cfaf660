"""Where sleep or the clock is patched, a deadline on time.monotonic() would not follow it."""
import time
import unittest
from unittest import mock

import fixtures


class DecoratedTest(unittest.TestCase):

    @mock.patch('time.sleep')
    def test_retries_quickly(self, mock_sleep):
        for _ in range(3):  # refused: patched in this scope
            if self.api.ready():
                break
            time.sleep(1)
        else:
            self.fail('never ready')

    def test_in_a_with_block(self):
        with mock.patch('time.monotonic', side_effect=[0, 100]):
            self.api.tick()
            for _ in range(3):  # refused: patched in this scope
                if self.api.ready():
                    return
                time.sleep(1)
        self.fail('never ready')


@mock.patch.object(time, 'time', return_value=0)
class ClassPatchedTest(unittest.TestCase):

    def test_loop(self, mock_time):
        deadline = time.time() + 10
        while time.time() < deadline:  # refused: patched in this scope
            if self.api.ready():
                break
            time.sleep(1)


class SetUpPatchedTest(unittest.TestCase):

    def setUp(self):
        super().setUp()
        self.useFixture(fixtures.MockPatch('nova.compute.manager.time.sleep'))

    def test_loop(self):
        for _ in range(3):  # refused: patched in this scope
            if self.api.ready():
                return
            time.sleep(1)
        self.fail('never ready')


class InheritsThePatchTest(SetUpPatchedTest):

    def test_other_loop(self):
        for _ in range(3):  # refused: patched in this scope
            if self.api.ready():
                return
            time.sleep(1)
        self.fail('never ready')
