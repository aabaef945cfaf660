import unittest
from unittest import mock


class FakeCompute(object):

    def __init__(self):
        self.servers = {}

    def boot(self, name, count=1):
        for index in range(count):
            self.servers['%s-%d' % (name, index)] = {'status': 'ACTIVE'}
        return sorted(self.servers)


class ServersTest(unittest.TestCase):
    # Servers on a fake compute service.

    def setUp(self):
        super().setUp()
        self.compute = FakeCompute()

    def test_multi_create(self):
        # Boot two servers in a multi-create request
        names = self.compute.boot('multi', count=2)
        self.assertEqual(['multi-0', 'multi-1'], names)

    def test_status(self):
        # Boot a server and check that it is active.
        #
        # A fake compute service never fails, so the status is known
        # as soon as boot returns.
        self.compute.boot('one')
        self.assertEqual('ACTIVE', self.compute.servers['one-0']['status'])

    @mock.patch.object(FakeCompute, 'boot', return_value=[])
    def test_boot_mocked(self, mock_boot):
        # Boot through a mock
        # that returns no servers

        self.assertEqual([], self.compute.boot('none'))
        mock_boot.assert_called_once_with('none')

    def test_regex(self):
        # Names match r'\w+-\d'
        self.assertRegex(self.compute.boot('re')[0], r'\w+-\d')

    def test_todo(self):
        # TODO(someone): boot more than one
        self.assertEqual(['todo-0'], self.compute.boot('todo'))


class AsyncServersTest(unittest.IsolatedAsyncioTestCase):

    async def test_async_boot(self):
        # Boot a server from a coroutine
        self.assertEqual(['async-0'], FakeCompute().boot('async'))


if __name__ == '__main__':
    unittest.main()
