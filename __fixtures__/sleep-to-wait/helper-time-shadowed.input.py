"""The helper needs the time module, but the name time means datetime.time here."""
from datetime import time
from time import sleep
import unittest


class ShadowedTest(unittest.TestCase):

    def _wait_for_port(self, port_id):
        for _ in range(20):
            if self.api.port_is_up(port_id):
                return
            sleep(0.1)
        self.fail('port %s never came up at %s' % (port_id, time(12)))
