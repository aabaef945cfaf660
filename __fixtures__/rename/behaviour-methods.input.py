"""A private helper renamed with its override, super() call and Class.x uses."""
import unittest


class BaseTest(unittest.TestCase):
    retries = 2

    def _boot(self, name):
        return {'name': name, 'retries': self.retries}

    def test_boot(self):
        self.assertEqual('a', self._boot('a')['name'])


class ChildTest(BaseTest):
    def _boot(self, name):
        server = super()._boot(name)
        server['child'] = True
        return server

    def test_child_boot(self):
        self.assertTrue(self._boot('b')['child'])
        self.assertNotIn('child', BaseTest._boot(self, 'c'))
