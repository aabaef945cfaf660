"""An attribute setUp assigns through self, renamed wherever self reaches it."""
import unittest


class ServerTest(unittest.TestCase):
    def setUp(self):
        super().setUp()
        self.srv = {'name': 'vm', 'status': 'ACTIVE'}

    def test_status(self):
        self.assertEqual('ACTIVE', self.srv['status'])
        self.assertIn('srv', {'srv': self.srv})

    def test_in_closure(self):
        def name():
            return self.srv['name']

        self.assertEqual('vm', name())


class RebootTest(ServerTest):
    def test_reboot(self):
        self.srv['status'] = 'REBOOT'
        self.assertEqual('REBOOT', self.srv['status'])


class OtherTest(unittest.TestCase):
    srv = 'other'

    def test_other(self):
        self.assertEqual('other', self.srv)
