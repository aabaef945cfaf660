"""An attribute setUp assigns through self, renamed wherever self reaches it."""
import unittest


class ServerTest(unittest.TestCase):
    def setUp(self):
        super().setUp()
        self.server = {'name': 'vm', 'status': 'ACTIVE'}

    def test_status(self):
        self.assertEqual('ACTIVE', self.server['status'])
        self.assertIn('srv', {'srv': self.server})

    def test_in_closure(self):
        def name():
            return self.server['name']

        self.assertEqual('vm', name())


class RebootTest(ServerTest):
    def test_reboot(self):
        self.server['status'] = 'REBOOT'
        self.assertEqual('REBOOT', self.server['status'])


class OtherTest(unittest.TestCase):
    srv = 'other'

    def test_other(self):
        self.assertEqual('other', self.srv)
