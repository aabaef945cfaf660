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
        self.assertTrue(server['status'] == 'ACTIVE')
        self.assertTrue(server['host'] != 'compute1', 'did not move')
        self.assertTrue('id' in server)
        self.assertTrue('deleted' not in server)
        self.assertTrue(server is self.server)
        self.assertTrue(server is not None)
        self.assertTrue(len(server) < 10)
        self.assertTrue(len(server) <= 4)
        self.assertTrue(len(server) > 1)
        self.assertTrue(len(server) >= 4)

    def test_negations(self):
        server = self.server
        self.assertFalse(server['status'] == 'ERROR')
        self.assertFalse(server['status'] != 'ACTIVE')
        self.assertFalse('deleted' in server, msg='deleted key')
        self.assertFalse('id' not in server)
        self.assertFalse(server is None)
        self.assertFalse(self.api.get_server('srv-404') is not None)
        self.assertFalse(isinstance(server, list))
        self.assertTrue(not server['metadata'])
        self.assertFalse(not server['id'])

    def test_none_and_types(self):
        self.assertTrue(self.api.get_server('srv-404') is None)
        self.assertEqual(self.api.get_server('srv-404'), None)
        self.assertIs(None, self.api.get_server('srv-404'))
        self.assertNotEqual(self.server, None)
        self.assertTrue(isinstance(self.server['metadata'], dict))
        self.assertEqual(type(self.server), dict)

    def test_aliases(self):
        self.assertEquals(self.server['id'], 'srv-1')
        self.assertNotEquals(self.server['id'], 'srv-2')
        self.failUnless(self.server)
        self.failIf(self.server['metadata'])
        self.assertAlmostEquals(1.0, 1.00001, places=3)
        self.assertRegexpMatches(self.server['id'], r'^srv-\d+$')
        with self.assertRaisesRegexp(KeyError, 'missing'):
            self.server['missing']
