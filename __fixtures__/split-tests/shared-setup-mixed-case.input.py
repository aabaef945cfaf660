"""Flavor checks that share a set-up, in a module that names its functions in mixedCase."""

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


def resizedFlavor(flavor, factor):
    return dict(flavor, ram=int(flavor['ram'] * factor))


class FlavorTest(unittest.TestCase):

    def setUp(self):
        super(FlavorTest, self).setUp()
        self.api = FakeFlavors()

    def testFlavor(self):
        # A tiny, a small and a large flavor
        self.api.create('tiny', 256, 1)
        small = self.api.create('small', 512, 1)
        large = self.api.create('large', 4096, 4)

        # All are listed
        names = sorted(self.api.flavors)
        self.assertEqual(['large', 'small', 'tiny'], names)

        # Doubling the small one gives 1 GiB
        doubled = resizedFlavor(small, 2)
        self.assertEqual(1024, doubled['ram'])
        self.assertEqual(1, doubled['vcpus'])

        # Halving the large one gives 2 GiB
        halved = resizedFlavor(large, 0.5)
        self.assertEqual(2048, halved['ram'])

        # Extra specs start empty
        self.assertEqual({}, self.api.get('small')['extra_specs'])


if __name__ == '__main__':
    unittest.main()
