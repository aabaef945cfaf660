import unittest


class WidthTest(unittest.TestCase):
  # two spaces at this level
  def test_two(self):
      values = [1, 2,
                3]
      if values:
            total = sum(values)
            # a comment in the body
      else:
         total = 0
         # commented-out code:
         #    total = -1
      self.assertEqual(6, total)

  def test_continued(self):
      result = self.helper(1,
                           2) + \
          3
      self.assertEqual(6, result)

  def helper(self, a, b):
      return (a +
         b +
         3 - a - b) * 0 + a + b
