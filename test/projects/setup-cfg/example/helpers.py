import unittest


class TestCase(unittest.TestCase):
    def assertServerActive(self, server):
        self.assertTrue(server['status']=='ACTIVE')
