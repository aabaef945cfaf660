"""Runs under python3 -m unittest before and after assert-methods --unsafe."""
import unittest


class UnsafeBehaviourTest(unittest.TestCase):

    def setUp(self):
        self.server = {'id': 'srv-1', 'locked': True, 'deleted': False,
                       'metadata': {'role': 'web', 'tier': 'front'}}

    def test_booleans(self):
        self.assertEqual(self.server['locked'], True)
        self.assertEqual(False, self.server['deleted'])
        self.assertIs(self.server['locked'], True)

    def test_dict_subset(self):
        metadata = self.server['metadata']
        self.assertDictContainsSubset({'role': 'web'}, metadata)
        self.assertDictContainsSubset({'tier': 'front'}, self.server['metadata'])
