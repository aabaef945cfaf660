"""Runs under python3 -m unittest before and after assert-methods."""
import unittest


class FakeAPI(object):

    def __init__(self):
        self.servers = {'srv-1': {'id': 'srv-1', 'status': 'ACTIVE',
                                  'host': 'compute2', 'metadata': {}}}

    def get_server(self, server_id):
        return self.servers.get(server_id)


class BehaviourTest(unittest.TestCase):

    def setUp(self):
        self.api = FakeAPI()
        self.server = self.api.get_server('srv-1')

    def test_comparisons(self):
        server = self.server
        self.assertEqual(server['status'], 'ACTIVE')
        self.assertNotEqual(server['host'], 'compute1', 'did not move')
        self.assertIn('id', server)
        self.assertNotIn('deleted', server)
        self.assertIs(server, self.server)
        self.assertIsNotNone(server)
        self.assertLess(len(server), 10)
        self.assertLessEqual(len(server), 4)
        self.assertGreater(len(server), 1)
        self.assertGreaterEqual(len(server), 4)

    def test_negations(self):
        server = self.server
        self.assertNotEqual(server['status'], 'ERROR')
        self.assertEqual(server['status'], 'ACTIVE')
        self.assertNotIn('deleted', server, msg='deleted key')
        self.assertIn('id', server)
        self.assertIsNotNone(server)
        self.assertIsNone(self.api.get_server('srv-404'))
        self.assertNotIsInstance(server, list)
        self.assertFalse(server['metadata'])
        self.assertTrue(server['id'])

    def test_none_and_types(self):
        self.assertIsNone(self.api.get_server('srv-404'))
        self.assertIsNone(self.api.get_server('srv-404'))
        self.assertIsNone(self.api.get_server('srv-404'))
        self.assertIsNotNone(self.server)
        self.assertIsInstance(self.server['metadata'], dict)
        self.assertIs(type(self.server), dict)

    def test_aliases(self):
        self.assertEqual(self.server['id'], 'srv-1')
        self.assertNotEqual(self.server['id'], 'srv-2')
        self.assertTrue(self.server)
        self.assertFalse(self.server['metadata'])
        self.assertAlmostEqual(1.0, 1.00001, places=3)
        self.assertRegex(self.server['id'], r'^srv-\d+$')
        with self.assertRaisesRegex(KeyError, 'missing'):
            self.server['missing']
