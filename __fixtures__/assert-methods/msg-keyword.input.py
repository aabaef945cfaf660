import unittest
from unittest import TestCase as StdlibCase

import testtools
from oslotest import base

from nova import test


class PlainTest(unittest.TestCase):

    def test_msg_keyword_stays(self):
        self.assertTrue(a == b, msg='differ')
        self.assertFalse(x is None, msg='missing')


class ImportedPlainTest(StdlibCase):

    def test_msg_keyword_stays(self):
        self.assertTrue(a in b, msg='absent')


class LocalBase(StdlibCase):
    pass


class LocalChildTest(LocalBase):

    def test_msg_keyword_stays(self):
        self.assertTrue(a is b, msg='not the same')


class TesttoolsTest(testtools.TestCase):

    def test_msg_becomes_positional(self):
        self.assertTrue(a == b, msg='differ')
        self.assertTrue(a in b, msg='absent')
        self.assertFalse(x is None, msg='missing')
        self.assertTrue(a < b, msg='ordering keeps msg=')


class OslotestTest(base.BaseTestCase):

    def test_msg_becomes_positional(self):
        self.assertTrue(a is b, msg='not the same')


class NovaTest(test.TestCase):

    def test_msg_becomes_positional(self):
        self.assertTrue(server['status'] == 'ACTIVE', msg=server)
        self.assertTrue(isinstance(server, dict), msg='isinstance keeps msg=')
