import time
import unittest


class PortsTest(unittest.TestCase):

    def setUp(self):
        super(PortsTest, self).setUp()
        self.ports = {}

    def _create_port(self, name):
        body = {'name': name, 'status': 'DOWN'}
        self.ports[name] = body
        return body

    def test_create_port(self):
        body = self._create_port('p1')
        self.assertTrue(body['name'] == 'p1')
        self.assertTrue(body['status'] == 'DOWN')

    def test_update_port(self):
        body = self._create_port('p2')
        body['status'] = 'ACTIVE'
        self.assertTrue(body['status'] == 'ACTIVE')

    def _try(self, check, attempts=3):
        for _ in range(attempts):
            if check():
                return True
            time.sleep(0.01)
        return False

    def test_port_lifecycle(self):
        portId = self._create_port('p3')['name']
        self.assertTrue(self._try(lambda: portId in self.ports))
        attachResp = {'port': portId, 'device': 'vm1'}
        self.assertTrue(attachResp['port'] == portId)
        self.ports[portId]['status'] = 'ACTIVE'
        self.assertTrue(self.ports[portId]['status'] == 'ACTIVE')
        del self.ports[portId]
        self.assertTrue(portId not in self.ports)
