# -*- coding: utf-8 -*-
"""Tabs and CRLF line endings: the helper follows the file."""

import time

from nova import test

CONF = None


class TabsTest(test.TestCase):

	def _wait_for_active(self, server_id):
		for _ in range(10):
			server = self.api.get_server(server_id)
			if server['status'] == 'ACTIVE':
				return server
			time.sleep(0.5)
		self.fail('server %s never became active' % server_id)
