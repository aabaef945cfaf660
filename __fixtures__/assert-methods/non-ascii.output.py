# -*- coding: utf-8 -*-
import unittest


class NonAsciiTest(unittest.TestCase):

    def test_unicode(self):
        café = 'naïve ✓'
        self.assertEqual(café, 'naïve ✓', 'café changed: 😀')
        self.assertIn('😀', '😀 emoji', msg='ünïcödé')
        self.assertEqual(len('日本語'), 3)
