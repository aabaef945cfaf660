"""A public module-level helper and its parameter, renamed with their callers."""
import functools
import unittest


def make_server(name, flavor_ref=1):
    return {'name': name, 'flavor': flavor_ref}


class MakeServerTest(unittest.TestCase):
    def test_keyword(self):
        self.assertEqual(2, make_server('a', flavor_ref=2)['flavor'])

    def test_positional(self):
        server = make_server('b', 3)
        self.assertEqual(3, server['flavor'])

    def test_default(self):
        make = functools.partial(make_server, 'c')
        self.assertEqual(1, make()['flavor'])
