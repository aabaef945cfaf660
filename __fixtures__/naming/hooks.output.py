import unittest

import fixtures


class ServerTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.shared_pool = []

    def setUp(self):
        super().setUp()
        self.useFixture(fixtures.EnvironmentVariable('OS_DEBUG'))
        self.addCleanup(self.shared_pool.clear)

    def tearDown(self):
        super().tearDown()

    def assertServerActive(self, server):
        self.assertEqual('ACTIVE', server['status'])

    def _setUp(self):
        pass

    def __privateHelper(self):
        return 1

    def test_boot_server(self):
        booted_server = {'status': 'ACTIVE'}
        self.assertServerActive(booted_server)
