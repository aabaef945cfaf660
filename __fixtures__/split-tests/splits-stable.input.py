"""A split whose phases kept together would split again when read on their own: it stays whole."""
import unittest
from collections import ChainMap


class ChainMapTests(unittest.TestCase):
    def test_union(self):
        first = ChainMap(dict(a=1), dict(b=2))
        second = ChainMap(dict(a=10))

        merged = first | second
        self.assertEqual(10, merged['a'])

        # Return types for ChainMap and its subclasses
        class Subclass(ChainMap):
            pass

        class SubclassRor(ChainMap):
            def __ror__(self, other):
                return super().__ror__(other)

        tmp = ChainMap() | ChainMap()
        self.assertIs(type(tmp), ChainMap)
        tmp = ChainMap() | Subclass()
        self.assertIs(type(tmp), ChainMap)
        tmp = Subclass() | ChainMap()
        self.assertIs(type(tmp), Subclass)
        tmp = ChainMap() | SubclassRor()
        self.assertIs(type(tmp), SubclassRor)

    def test_lookups(self):
        # New keys go to the first map
        maps = ChainMap({}, dict(b=2))
        maps['a'] = 1
        self.assertEqual([dict(a=1), dict(b=2)], maps.maps)

        # Later maps fill the gaps
        maps = ChainMap(dict(a=1), dict(a=2, b=3))
        self.assertEqual(3, maps['b'])

        # A missing key raises
        with self.assertRaises(KeyError):
            ChainMap({})['x']


if __name__ == '__main__':
    unittest.main()
