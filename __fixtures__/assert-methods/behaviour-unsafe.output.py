"""Runs under python3 -m unittest before and after assert-methods --unsafe."""
import unittest


class UnsafeBehaviourTest(unittest.TestCase):

    def setUp(self):
        self.server = {'id': 'srv-1', 'locked': True, 'deleted': False,
                       'metadata': {'role': 'web', 'tier': 'front'}}

    def test_booleans(self):
        self.assertTrue(self.server['locked'])
        self.assertFalse(self.server['deleted'])
        self.assertTrue(self.server['locked'])

    def test_dict_subset(self):
        metadata = self.server['metadata']
        self.assertEqual(metadata, {**metadata, **{'role': 'web'}})
        self.assertDictContainsSubset({'tier': 'front'}, self.server['metadata'])
