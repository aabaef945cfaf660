import unittest

import mock


class RefusalsTest(unittest.TestCase):

    def test_break_of_an_outer_loop(self):
        for server in self.servers:
            for port in server.ports:
                if port.bound:
                    self.assertTrue(port.active)
                    self.check(port)
                    break

    def test_return_before_the_end(self):
        for server in self.servers:
            for port in server.ports:
                if port.bound:
                    self.assertTrue(port.active)
                    if port.host:
                        return port
                    self.check(port)

    @mock.patch('nova.compute.api.API.reboot')
    def test_mock_passed_by_position(self, mock_reboot):
        for server in self.servers:
            for port in server.ports:
                if port.bound:
                    self.reboot(server)
                    mock_reboot.assert_called_once_with(server)
                    mock_reboot.reset_mock()

    def test_bound_on_some_paths_only(self):
        for server in self.servers:
            for port in server.ports:
                if port.bound:
                    self.check(port)
                    if port.host:
                        host = port.host
                    self.check(server)
        self.assertEqual('compute1', host)

    def test_too_short(self):
        for server in self.servers:
            for port in server.ports:
                if port.bound:
                    self.check(port)
