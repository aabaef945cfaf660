"""A private helper renamed with its override, super() call and Class.x uses."""
import unittest


class BaseTest(unittest.TestCase):
    retries = 2

    def _create_server(self, name):
        return {'name': name, 'retries': self.retries}

    def test_boot(self):
        self.assertEqual('a', self._create_server('a')['name'])


class ChildTest(BaseTest):
    def _create_server(self, name):
        server = super()._create_server(name)
        server['child'] = True
        return server

    def test_child_boot(self):
        self.assertTrue(self._create_server('b')['child'])
        self.assertNotIn('child', BaseTest._create_server(self, 'c'))
