import unittest

import pytest


class ServersTest(unittest.TestCase):
    # Directly above an attribute: it may describe the attribute
    flavor = 'm1.small'

    def test_noqa(self):
        # noqa: E501
        self.assertTrue(True)

    def test_pylint(self):
        # pylint: disable=protected-access
        self.assertTrue(True)

    def test_type_ignore_inside(self):
        # Boot a server with a bad flavor  # type: ignore
        self.assertTrue(True)

    def test_todo(self):
        # TODO(someone): also check the host
        self.assertTrue(True)

    def test_note(self):
        # NOTE(someone): the fake driver never fails here
        self.assertTrue(True)

    def test_note_in_second_line(self):
        # Reboot the server.
        # FIXME: a hard reboot is not covered yet
        self.assertTrue(True)

    def test_copyright(self):
        # Copyright 2010 United States Government as represented by the
        # Administrator of the National Aeronautics and Space Administration.
        self.assertTrue(True)

    def test_commented_out_call(self):
        # self.assertEqual(1, 1)
        self.assertTrue(True)

    def test_commented_out_block(self):
        # for server in servers:
        #     self.api.delete_server(server['id'])
        self.assertTrue(True)

    def test_commented_out_assignment(self):
        # servers = self.api.create_server('web', min_count=2)
        self.assertTrue(True)

    def test_triple_quotes(self):
        # Parse a log line ending in """
        self.assertTrue(True)

    def test_starts_with_a_quote(self):
        # "web" is a reserved server name
        self.assertTrue(True)

    def test_misaligned(self):
# Boot a server at column zero
        self.assertTrue(True)

    def test_banner(self):
        ## Boot a server
        self.assertTrue(True)

    def test_ends_with_colon(self):
        # The server is checked here:
        self.assertTrue(True)

    def test_too_long(self):
        # Boot a server with a flavor that has far too much memory for the host
        self.assertTrue(True)

    def test_long_first_sentence(self):
        # Boot a server with a flavor that has far too much memory for any of
        # the compute hosts, then check that the scheduler refuses it with a
        # NoValidHost error.
        self.assertTrue(True)

    def test_first_step(self):
        # First create a server as normal.
        self.assertTrue(True)

    def test_steps(self):
        # Create a volume
        # Attach it to the server
        # Detach it again
        self.assertTrue(True)

    def test_documented(self):
        """Already documented."""
        self.assertTrue(True)

    def test_string_first(self):
        'A docstring in single quotes.'
        self.assertTrue(True)

    def helper(self):
        # Not a test: left alone
        return 1


class FakeDriver(object):
    # A fake, not a test class

    def test_connection(self):
        # Always up
        return True


class NotCollected(unittest.TestCase):
    __test__ = False

    def test_skipped(self):
        # Never collected
        pass


class TestWithFixtures:

    @pytest.fixture
    def test_data(self):
        # A fixture, not a test
        return {}

    @property
    def test_value(self):
        # A property, not a test
        return 1

    def test_uses_fixture(self, test_data):
        """Documented."""
        assert test_data == {}


def make_server():
    # A helper at module level
    return {}
