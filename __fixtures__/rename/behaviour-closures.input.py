"""Locals reached from closures, comprehensions, lambdas and f-strings."""
import unittest


def make(name, flavor_ref=1):
    return {'name': name, 'flavor': flavor_ref}


class ServerTest(unittest.TestCase):

    def test_names(self):
        srv = make('vm')  # srv: the server under test
        names = [srv['name'] for _ in range(2) if srv]
        get_flavor = lambda: srv['flavor']

        def describe(prefix='srv'):
            return f"{prefix}={srv['name']}"

        self.assertEqual(['vm', 'vm'], names)
        self.assertEqual(1, get_flavor())
        self.assertEqual('srv=vm', describe())
        self.assertEqual({'srv': 1}, dict(srv=1))

    def test_nested_helper_called_by_keyword(self):
        def boot(srv, flavor_ref=2):
            return make(srv['name'], flavor_ref=flavor_ref)

        server = boot({'name': 'a'}, flavor_ref=3)
        self.assertEqual(3, server['flavor'])
        self.assertEqual(2, boot(srv={'name': 'b'})['flavor'])
