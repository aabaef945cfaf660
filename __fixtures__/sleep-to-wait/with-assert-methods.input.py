"""assert-methods edits inside a loop this transform rewrites: the give-up block stays in place."""
import time
import unittest


class T(unittest.TestCase):

    def _wait(self, server_id):
        retry_count = 0
        while True:
            server = self.api.get_server(server_id)
            self.assertTrue(server['id'] == server_id)
            if server['status'] == 'ACTIVE':
                break
            retry_count += 1
            if retry_count == 10:
                self.fail(self.assertTrue(server['status'] == 'X') or
                          'never active')
            time.sleep(0.5)
        return server

    def _wait_else(self, server_id):
        for _ in range(10):
            if self.api.get_server(server_id)['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.assertTrue(self.api.get_server(server_id) is None)
            self.fail('never active')
