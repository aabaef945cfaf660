import unittest


class TestCase(unittest.TestCase):
    def assertServerActive(self, server):
        self.assertEqual(server['status'], 'ACTIVE')
