import unittest


class TabsTest(unittest.TestCase):

	def test_tabs(self):
		self.assertEqual(a, b)
		self.assertIn(
			x, y,
			"msg")

	def test_no_final_newline(self):
		self.assertIsNotNone(x)