'''Tests whose docstrings use single quotes.'''

import unittest


class VolumesTest(unittest.TestCase):
    '''Volumes.'''

    def test_attach(self):
        '''Attach a volume to a running server.'''
        self.assertTrue(True)

    def test_detach(self):
        '''Detach the volume again.

        The server keeps running.
        '''
        self.assertTrue(True)

    def test_quotes_inside(self):
        # A volume named '''x''' is refused
        self.assertTrue(True)

    def test_double_quotes_inside(self):
        '''A volume named """x""" is fine with these quotes.'''
        self.assertTrue(True)
