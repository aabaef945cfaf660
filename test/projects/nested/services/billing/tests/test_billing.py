import unittest


class BillingTest(unittest.TestCase):
    def test_invoice(self):
        amount=10
        self.assertFalse(amount != 10)
