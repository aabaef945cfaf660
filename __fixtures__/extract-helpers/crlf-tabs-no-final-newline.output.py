import unittest


class ServersTest(unittest.TestCase):

	def test_servers(self):
		for server in self.servers:
			for port in server.ports:
				if port.bound:
					# Check the port
					self._check_the_port(port, server)

	def _check_the_port(self, port, server):
		self.assertTrue(port.active)
		self.assertEqual(server.host, port.host)
		self.assertIn(port, server.ports)