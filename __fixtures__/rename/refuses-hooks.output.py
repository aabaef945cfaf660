import unittest


class HookTest(unittest.TestCase):
    def setUp(self):
        super().setUp()
        self.flavor = 1

    def assertActive(self, server):
        self.assertEqual('ACTIVE', server['status'])

    def test_flavor(self):
        self.assertActive({'status': 'ACTIVE'})
        self.assertEqual(1, self.flavor)
