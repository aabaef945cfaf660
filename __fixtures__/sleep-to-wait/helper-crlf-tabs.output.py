# -*- coding: utf-8 -*-
"""Tabs and CRLF line endings: the helper follows the file."""

import time

from nova import test


def wait_until(predicate, timeout, interval):
	"""Call predicate until it returns a true value, and return that value.

	Sleep interval seconds between calls. After timeout seconds, measured
	with time.monotonic() (tests that mock time.time() leave it alone),
	return the last false value, so that the caller's failure path runs.
	"""
	deadline = time.monotonic() + timeout
	while True:
		result = predicate()
		if result or time.monotonic() >= deadline:
			return result
		time.sleep(interval)


CONF = None


class TabsTest(test.TestCase):

	def _wait_for_active(self, server_id):
		def _poll():
			server = self.api.get_server(server_id)
			if server['status'] == 'ACTIVE':
				return (server,)

		polled = wait_until(_poll, timeout=5, interval=0.5)
		if polled:
			return polled[0]
		self.fail('server %s never became active' % server_id)
