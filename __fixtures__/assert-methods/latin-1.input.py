# -*- coding: latin-1 -*-
import unittest


class Latin1Test(unittest.TestCase):

    def test_latin1(self):
        self.assertTrue(name == "José")
