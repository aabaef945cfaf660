import unittest


class MessageTest(unittest.TestCase):
    def test_message(self):
        name = 'vm1'
        self.assertEqual('server vm1', 'server %(name)s' % locals())
