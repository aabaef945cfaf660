"""Twisted-style tests: the module names its functions in mixedCase."""
import unittest


class FakePort(object):
    def __init__(self, number, bound=True):
        self.number = number
        self.bound = bound
        self.host = 'compute1'


class PortBindingTests(unittest.TestCase):

    def setUp(self):
        self.servers = {'web': [FakePort(1), FakePort(2, False)],
                        'db': [FakePort(3)]}

    def _checkTheBinding(self, port):
        self.assertTrue(port.bound)

    def testBoundPortsShareTheHost(self):
        checked = 0
        for name, ports in sorted(self.servers.items()):
            for port in ports:
                if port.bound:
                    # Check the binding
                    checked = self._checkTheBinding2(port, checked)
        self.assertEqual(2, checked)

    def _checkTheBinding2(self, port, checked):
        host = port.host
        self.assertEqual('compute1', host)
        self._checkTheBinding(port)
        checked += 1
        return checked

    def testPortNumbersByServer(self):
        numbers = {}
        for name, ports in sorted(self.servers.items()):
            for port in ports:
                if port.bound:
                    # Record the port number under the server name
                    self._recordThePortNumberUnderTheServerName(name, port,
                                                                numbers)
        self.assertEqual({'WEB': [10], 'DB': [30]}, numbers)

    def _recordThePortNumberUnderTheServerName(self, name, port, numbers):
        key = name.upper()
        number = port.number * 10
        numbers.setdefault(key, []).append(number)
