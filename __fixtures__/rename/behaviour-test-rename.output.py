"""Renaming a test keeps its prefix; the new id goes to the test id map."""
import unittest


class ServerActionsTest(unittest.TestCase):
    def test_reboot(self):
        self.assertEqual('ACTIVE', 'ACTIVE')

    def test_other(self):
        self.assertTrue(True)
