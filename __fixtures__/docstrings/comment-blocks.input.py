# Copyright 2026 The testmend authors.
"""Tests for the servers API: comments that open a test become its docstring."""

import unittest
from unittest import mock


class ServersTest(unittest.TestCase):
    # The servers API, against a stubbed compute service.

    def setUp(self):
        # Not a test: left alone
        super().setUp()

    def test_boot(self):
        # Boot two servers in a multi-create request
        self.assertTrue(True)

    def test_boot_with_full_stop(self):
        # Boot one server.
        self.assertTrue(True)

    def test_wrapped_sentence_that_fits_on_one_line(self):
        # Resize the server and confirm the resize before the
        # timeout
        self.assertTrue(True)

    def test_summary_then_detail(self):
        # Rebuild the server with a new image.
        # The image metadata must fit the only compute host,
        # or the scheduler raises NoValidHost.
        self.assertTrue(True)

    def test_paragraphs(self):
        # Shelve and unshelve the server
        #
        # Unshelving picks a new host:
        #   - the old one may be gone
        #   - the flavor may not fit any more
        self.assertTrue(True)

    def test_comment_then_blank_line(self):
        # Delete a server that is still building

        self.assertTrue(True)
        # A later comment stays.

    def test_blank_line_before_comment(self):

        # Pause and unpause the server
        self.assertTrue(True)

    def test_lower_case(self):
        # reboot the server twice
        self.assertTrue(True)

    def test_starts_with_a_name(self):
        # nova_api answers before the reboot ends
        self.assertTrue(True)

    def test_two_comment_blocks(self):
        # Lock the server

        # then try to delete it
        self.assertTrue(True)

    @mock.patch('os.getpid', return_value=1)
    def test_decorated(self, mock_getpid):
        # Rescue a server (bug 1234567)
        self.assertTrue(True)

    async def test_async(self):
        # Attach a volume while the server is running
        self.assertTrue(True)

    def test_header_over_lines(self, first=1,
                               second=2):  # noqa: E501
        # Migrate a server between two hosts
        self.assertTrue(True)

    def test_backslash(self):
        # Match the console log against r'\d+ bytes'
        self.assertTrue(True)

    def test_non_ascii(self):
        # Rename the server to 'café ☕'
        self.assertTrue(True)

    def test_with_docstring(self):
        """Already documented."""
        # So this comment stays
        self.assertTrue(True)


def test_pytest_function():
    # Evacuate the servers of a failed host
    assert True
