import unittest


class ServersTest(unittest.TestCase):

    def test_show_servers(self):
        for server in self.servers:
            for port in server.ports:
                with self.subtest_port(port):
                    # TODO(someone): check the MAC address too
                    self._post(port)

    def _post(self, port):
        body = """{
                        "port": %d
                    }""" % port.number  # the request body
        # The response echoes the port
        response = self.api.post('/ports', body)

        self.assertEqual(200, response.status)  # created

    def _post_the_port(self):
        pass

    def test_post_ports(self):
        for server in self.servers:
            for port in server.ports:
                if port.bound:
                    # Post the port.
                    self._post_the_port_2(port)

    def _post_the_port_2(self, port):
        response = self.api.post('/ports', port.number)
        self.assertEqual(200, response.status)
        self.assertEqual(port.number, response.body['port'])
