"""A public module-level helper and its parameter, renamed with their callers."""
import functools
import unittest


def create_server(name, flavor=1):
    return {'name': name, 'flavor': flavor}


class MakeServerTest(unittest.TestCase):
    def test_keyword(self):
        self.assertEqual(2, create_server('a', flavor=2)['flavor'])

    def test_positional(self):
        server = create_server('b', 3)
        self.assertEqual(3, server['flavor'])

    def test_default(self):
        make = functools.partial(create_server, 'c')
        self.assertEqual(1, make()['flavor'])
