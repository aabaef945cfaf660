import unittest


class TabsTest(unittest.TestCase):

	def test_tabs(self):
		self.assertTrue(a == b)
		self.assertTrue(
			x in y,
			"msg")

	def test_no_final_newline(self):
		self.assertFalse(x is None)