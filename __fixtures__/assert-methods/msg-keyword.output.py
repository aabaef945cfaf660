import unittest
from unittest import TestCase as StdlibCase

import testtools
from oslotest import base

from nova import test


class PlainTest(unittest.TestCase):

    def test_msg_keyword_stays(self):
        self.assertEqual(a, b, msg='differ')
        self.assertIsNotNone(x, msg='missing')


class ImportedPlainTest(StdlibCase):

    def test_msg_keyword_stays(self):
        self.assertIn(a, b, msg='absent')


class LocalBase(StdlibCase):
    pass


class LocalChildTest(LocalBase):

    def test_msg_keyword_stays(self):
        self.assertIs(a, b, msg='not the same')


class TesttoolsTest(testtools.TestCase):

    def test_msg_becomes_positional(self):
        self.assertEqual(a, b, 'differ')
        self.assertIn(a, b, 'absent')
        self.assertIsNotNone(x, 'missing')
        self.assertLess(a, b, msg='ordering keeps msg=')


class OslotestTest(base.BaseTestCase):

    def test_msg_becomes_positional(self):
        self.assertIs(a, b, 'not the same')


class NovaTest(test.TestCase):

    def test_msg_becomes_positional(self):
        self.assertEqual(server['status'], 'ACTIVE', server)
        self.assertIsInstance(server, dict, msg='isinstance keeps msg=')
