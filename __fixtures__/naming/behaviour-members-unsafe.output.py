"""Protocol tests written in Twisted's mixedCase convention."""

import unittest


class FakeTransport(object):

    def __init__(self):
        self.written = []

    def writeSequence(self, dataList):
        for chunk_data in dataList:
            self.written.append(chunk_data)

    def getHost(self):
        return '127.0.0.1'


class ProtocolTests(unittest.TestCase):

    def setUp(self):
        self.transport = FakeTransport()

    def make_connection(self, host_name):
        return (host_name, self.transport.getHost())

    def test_writeSequence(self):
        expected_data = [b'a', b'b']
        self.transport.writeSequence(dataList=expected_data)
        self.assertEqual(expected_data, self.transport.written)

    def test_get_host(self):
        connected_host = self.make_connection('example')
        self.assertEqual(('example', '127.0.0.1'), connected_host)
