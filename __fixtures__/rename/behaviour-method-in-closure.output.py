"""self in a closure is the method's self; another class's _url is its own."""
import unittest


class ImagesTest(unittest.TestCase):
    def _image_url(self, path):
        return 'http://images' + path

    def test_in_closure(self):
        def fetch(path):
            return self._image_url(path)

        self.assertEqual('http://images/v2', fetch('/v2'))


class TasksTest(unittest.TestCase):
    def _url(self, path):
        return 'http://tasks' + path

    def test_own_url(self):
        self.assertEqual('http://tasks/v2', self._url('/v2'))
