"""Locals reached from closures, comprehensions, lambdas and f-strings."""
import unittest


def make(name, flavor_ref=1):
    return {'name': name, 'flavor': flavor_ref}


class ServerTest(unittest.TestCase):

    def test_names(self):
        server_info = make('vm')  # srv: the server under test
        names = [server_info['name'] for _ in range(2) if server_info]
        get_flavor = lambda: server_info['flavor']

        def describe(prefix='srv'):
            return f"{prefix}={server_info['name']}"

        self.assertEqual(['vm', 'vm'], names)
        self.assertEqual(1, get_flavor())
        self.assertEqual('srv=vm', describe())
        self.assertEqual({'srv': 1}, dict(srv=1))

    def test_nested_helper_called_by_keyword(self):
        def boot_server(server_info, flavor_ref=2):
            return make(server_info['name'], flavor_ref=flavor_ref)

        server = boot_server({'name': 'a'}, flavor_ref=3)
        self.assertEqual(3, server['flavor'])
        self.assertEqual(2, boot_server(server_info={'name': 'b'})['flavor'])
