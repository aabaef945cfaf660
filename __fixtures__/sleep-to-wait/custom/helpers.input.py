"""A project's own helper with wait_until's contract, named on the command line."""
import time

from myproject.tests import base


class CustomTest(base.TestCase):

    def _wait_for_active(self, server_id):
        for _ in range(10):
            server = self.api.get_server(server_id)
            if server['status'] == 'ACTIVE':
                return server
            time.sleep(0.5)
        self.fail('server %s never became active' % server_id)
