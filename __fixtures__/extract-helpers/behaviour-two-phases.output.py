import unittest


class T(unittest.TestCase):
    def test_phases(self):
        for f in [0, 1]:
            nd = [f]

            # 'F' request
            expected = self._f_request(f, nd)

            # 'A' request
            self._a_request(f, nd)

        x = [7]
        self.assertTrue(x)

    def _a_request(self, f, nd):
        if f == 1:
            x = [5]
            expected = list(x)
        else:
            expected = list(nd)
        for request in [1, 2]:
            b = list(nd)
            self.assertTrue(b)
            self.assertTrue(expected)

    def _f_request(self, f, nd):
        if f == 0:
            x = [1, 2]
        else:
            x = [3, 4]
        expected = list(x)
        for request in [1, 2]:
            b = list(nd)
            self.assertTrue(b)
            self.assertTrue(expected)
        return expected
