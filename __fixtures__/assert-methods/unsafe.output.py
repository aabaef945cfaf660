import unittest


class UnsafeTest(unittest.TestCase):

    def test_booleans(self):
        self.assertTrue(server['locked'])
        self.assertFalse(server['locked'])
        self.assertTrue(flag, 'flag not set')
        self.assertFalse(flag)

    def test_dict_subset(self):
        self.assertEqual(server, {**server, **{'status': 'ACTIVE'}})
        self.assertDictContainsSubset(expected, self.server['metadata'], 'msg')
        self.assertDictContainsSubset({'a': 1}, self.api.get_server(server_id))
