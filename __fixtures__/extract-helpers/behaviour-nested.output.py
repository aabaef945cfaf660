import unittest


class FakePort(object):
    def __init__(self, number, bound=True):
        self.number = number
        self.bound = bound
        self.active = bound
        self.host = 'compute1'


class FakeServer(object):
    def __init__(self, name, ports):
        self.name = name
        self.ports = ports
        self.host = 'compute1'

    def ports_by_number(self):
        return dict((port.number, port) for port in self.ports)


class PortBindingTest(unittest.TestCase):

    def setUp(self):
        super(PortBindingTest, self).setUp()
        self.servers = [FakeServer('web', [FakePort(1), FakePort(2, False)]),
                        FakeServer('db', [FakePort(3)])]

    def test_bound_ports_share_the_server_host(self):
        checked = 0
        for server in self.servers:
            for port in server.ports:
                if port.bound:
                    # Check the binding of the port.
                    checked = self._check_the_binding_of_the_port(port, server,
                                                                  checked)
        self.assertEqual(2, checked)

    def _check_the_binding_of_the_port(self, port, server, checked):
        host = port.host
        self.assertEqual(server.host, host)
        self.assertTrue(port.active)
        checked += 1
        return checked

    def test_port_numbers_by_server(self):
        numbers = {}
        for server in self.servers:
            for port in server.ports:
                if port.bound:
                    # Record the port number under the server's name
                    name, number = self._record_the_port_number(server, port,
                                                                numbers)
        self.assertEqual({'WEB': [10], 'DB': [30]}, numbers)
        self.assertEqual(('DB', 30), (name, number))

    def _record_the_port_number(self, server, port, numbers):
        name = server.name.upper()
        number = port.number * 10
        numbers.setdefault(name, []).append(number)
        return name, number

    def test_unbound_ports_are_inactive(self):
        for server in self.servers:
            for port in server.ports:
                if not port.bound:
                    self._ports_by_number(server, port)

    def _ports_by_number(self, server, port):
        ports = server.ports_by_number()
        self.assertIn(port.number, ports)
        self.assertFalse(ports[port.number].active)

    def test_running_total_of_bound_ports(self):
        total = 0
        for server in self.servers:
            for port in server.ports:
                if port.bound:
                    # Add the port number to the running total
                    total = self._add_the_port_number_to_the_running_total(
                        total, port)

    def _add_the_port_number_to_the_running_total(self, total, port):
        total += port.number
        self.assertIn(total, (1, 4))
        self.assertTrue(port.active)
        return total
