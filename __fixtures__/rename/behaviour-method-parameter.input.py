"""A helper method's parameter, renamed in its override and at keyword calls."""
import unittest


class BootTest(unittest.TestCase):
    def _boot(self, srv_name, flavor=1):
        return {'name': srv_name, 'flavor': flavor}

    def test_boot(self):
        server = self._boot(srv_name='a', flavor=2)
        self.assertEqual('a', server['name'])


class RebootTest(BootTest):
    def _boot(self, srv_name, flavor=1):
        server = super()._boot(srv_name=srv_name, flavor=flavor)
        server['rebooted'] = True
        return server

    def test_reboot(self):
        server = BootTest._boot(self, srv_name='b')
        self.assertNotIn('rebooted', server)
        self.assertTrue(self._boot('c')['rebooted'])
