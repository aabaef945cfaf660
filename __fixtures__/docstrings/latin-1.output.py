# -*- coding: latin-1 -*-
import unittest


class NamesTest(unittest.TestCase):
    """Names."""

    def test_accents(self):
        """Name a server été."""
        self.assertTrue(True)
