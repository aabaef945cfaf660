import unittest


class FlavorsTest(unittest.TestCase):
	"""Flavors."""

	def test_create(self):
		# Create a flavor with
		# extra specs
		self.assertTrue(True)

	def test_delete(self):
		# Delete a flavor that is in use.
		#
		# Servers keep their copy.
		self.assertTrue(True)