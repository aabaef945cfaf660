"""wait_until already means something else here: the loop is reported, not rewritten."""
import time
import unittest

from neutron.common.utils import wait_until_true as wait_until


class TakenTest(unittest.TestCase):

    def _wait_for_port(self, port_id):
        for _ in range(20):
            if self.api.port_is_up(port_id):
                return
            time.sleep(0.1)
        self.fail('port %s never came up' % port_id)
