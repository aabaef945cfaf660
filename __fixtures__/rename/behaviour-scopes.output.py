"""Class bodies, global and nonlocal: each name resolves where Python says."""
import unittest

count = 0
size = 10


def bump():
    global count
    count += 1
    return count


class Sizes(unittest.TestCase):
    size = 3
    doubled = [size * 2 for _ in range(2)]

    def test_class_body_does_not_enclose_methods(self):
        self.assertEqual(10, size)
        self.assertEqual(3, self.size)
        self.assertEqual([20, 20], self.doubled)

    def test_nonlocal(self):
        running_total = 0

        def add(amount):
            nonlocal running_total
            running_total = running_total + amount
            return running_total

        add(2)
        add(3)
        self.assertEqual(5, running_total)

    def test_global(self):
        first_count = bump()
        self.assertEqual(first_count + 1, bump())
