import unittest


class UnsafeTest(unittest.TestCase):

    def test_booleans(self):
        self.assertEqual(server['locked'], True)
        self.assertEqual(False, server['locked'])
        self.assertIs(flag, True, 'flag not set')
        self.assertIs(flag, False)

    def test_dict_subset(self):
        self.assertDictContainsSubset({'status': 'ACTIVE'}, server)
        self.assertDictContainsSubset(expected, self.server['metadata'], 'msg')
        self.assertDictContainsSubset({'a': 1}, self.api.get_server(server_id))
