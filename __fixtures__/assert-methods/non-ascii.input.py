# -*- coding: utf-8 -*-
import unittest


class NonAsciiTest(unittest.TestCase):

    def test_unicode(self):
        café = 'naïve ✓'
        self.assertTrue(café == 'naïve ✓', 'café changed: 😀')
        self.assertTrue('😀' in '😀 emoji', msg='ünïcödé')
        self.assertEquals(len('日本語'), 3)
