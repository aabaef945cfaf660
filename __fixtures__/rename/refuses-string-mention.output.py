import typing
import unittest
from unittest import mock


class PatchedTest(unittest.TestCase):
    def _get_server(self):
        return {'status': 'ACTIVE'}

    def test_patched(self):
        with mock.patch.object(self, '_get_server', return_value={}):
            self.assertEqual({}, self._get_server())


T = typing.TypeVar('T')


def first(items: typing.List[T]) -> T:
    return items[0]
