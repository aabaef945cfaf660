"""Flavor checks that share a set-up of several statements."""

import unittest


class FakeFlavors(object):
    def __init__(self):
        self.flavors = {}

    def create(self, name, ram, vcpus):
        flavor = {'name': name, 'ram': ram, 'vcpus': vcpus, 'extra_specs': {}}
        self.flavors[name] = flavor
        return flavor

    def get(self, name):
        return self.flavors[name]


def resized(flavor, factor):
    return dict(flavor, ram=int(flavor['ram'] * factor))


class FlavorTest(unittest.TestCase):

    def setUp(self):
        super(FlavorTest, self).setUp()
        self.api = FakeFlavors()

    def test_flavor_all_listed(self):
        # All are listed
        # A tiny, a small and a large flavor
        small, large = self._set_up_flavor()

        names = sorted(self.api.flavors)
        self.assertEqual(['large', 'small', 'tiny'], names)

    def test_flavor_doubling_small_one_gives(self):
        # Doubling the small one gives 1 GiB
        # A tiny, a small and a large flavor
        small, large = self._set_up_flavor()

        doubled = resized(small, 2)
        self.assertEqual(1024, doubled['ram'])
        self.assertEqual(1, doubled['vcpus'])

    def test_flavor_halving_large_one_gives(self):
        # Halving the large one gives 2 GiB
        # A tiny, a small and a large flavor
        small, large = self._set_up_flavor()

        halved = resized(large, 0.5)
        self.assertEqual(2048, halved['ram'])

    def test_flavor_extra_specs_start_empty(self):
        # Extra specs start empty
        # A tiny, a small and a large flavor
        small, large = self._set_up_flavor()

        self.assertEqual({}, self.api.get('small')['extra_specs'])

    def _set_up_flavor(self):
        self.api.create('tiny', 256, 1)
        small = self.api.create('small', 512, 1)
        large = self.api.create('large', 4096, 4)
        return small, large


if __name__ == '__main__':
    unittest.main()
