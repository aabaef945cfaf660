"""Protocol tests written in Twisted's mixedCase convention."""

import unittest


class FakeTransport(object):

    def __init__(self):
        self.written = []

    def writeSequence(self, dataList):
        for chunkData in dataList:
            self.written.append(chunkData)

    def getHost(self):
        return '127.0.0.1'


class ProtocolTests(unittest.TestCase):

    def setUp(self):
        self.transport = FakeTransport()

    def makeConnection(self, hostName):
        return (hostName, self.transport.getHost())

    def test_writeSequence(self):
        expectedData = [b'a', b'b']
        self.transport.writeSequence(dataList=expectedData)
        self.assertEqual(expectedData, self.transport.written)

    def testGetHost(self):
        connectedHost = self.makeConnection('example')
        self.assertEqual(('example', '127.0.0.1'), connectedHost)
