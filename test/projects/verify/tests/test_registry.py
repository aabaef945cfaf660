import unittest

from tests.registry import add_item, add_more, count_items, total


class RegistryTests(unittest.TestCase):
    def test_registry(self):
        # Zeta item
        add_item('a')
        self.assertEqual(1, count_items())

        # Alpha more
        add_more('b')
        self.assertEqual(2, total())

        # Names
        self.assertEqual('ab', 'a' + 'b')


class ParseTests(unittest.TestCase):
    def test_parse(self):
        # Small
        self.assertTrue(int('1') == 1)

        # Large
        self.assertEqual(1000, int('1000'))

        # Negative
        self.assertEqual(-5, int('-5'))
