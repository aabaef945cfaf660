"""The time module and its sleep under other names."""
import time as t
import unittest
from time import sleep as nap


class Flag(object):
    def __init__(self, ready_after):
        self.ready_after = ready_after
        self.polls = 0

    def is_set(self):
        self.polls += 1
        return self.polls >= self.ready_after


class AliasTest(unittest.TestCase):

    def _wait_with_alias(self, flag):
        for attempt in range(4):
            if flag.is_set():
                return True
            t.sleep(0.01)
        raise AssertionError('flag never set')

    def _wait_with_nap(self, flag):
        deadline = t.monotonic() + 0.05
        while not flag.is_set():
            if t.monotonic() >= deadline:
                self.fail('flag never set before the deadline')
            nap(0.01)

    def test_module_alias(self):
        self.flag = Flag(ready_after=2)
        self.assertTrue(self._wait_with_alias(self.flag))
        self.flag = Flag(ready_after=100)
        self.assertRaisesRegex(AssertionError, '^flag never set$', self._wait_with_alias, self.flag)

    def test_sleep_alias(self):
        self.flag = Flag(ready_after=3)
        self._wait_with_nap(self.flag)
        self.flag = Flag(ready_after=100)
        with self.assertRaises(AssertionError) as caught:
            self._wait_with_nap(self.flag)
        self.assertEqual('flag never set before the deadline', str(caught.exception))


if __name__ == '__main__':
    unittest.main()
