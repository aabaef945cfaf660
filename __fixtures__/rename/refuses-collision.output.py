import unittest


class CollisionTest(unittest.TestCase):
    def test_two_servers(self):
        srv = {'name': 'a'}
        server = {'name': 'b'}
        self.assertNotEqual(srv, server)

    def _wait(self, server):
        return server

    def _wait_for_server(self, server):
        return self._wait(server)
