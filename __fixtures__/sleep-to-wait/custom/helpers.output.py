"""A project's own helper with wait_until's contract, named on the command line."""
import time

from myproject.tests import base
from myproject.tests import utils


class CustomTest(base.TestCase):

    def _wait_for_active(self, server_id):
        def _poll():
            server = self.api.get_server(server_id)
            if server['status'] == 'ACTIVE':
                return (server,)

        polled = utils.wait_until_true(_poll, 5, 0.5)
        if polled:
            return polled[0]
        self.fail('server %s never became active' % server_id)
