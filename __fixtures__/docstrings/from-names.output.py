import unittest

from nova import test


class ServerActionsTestJSON(test.TestCase):
    """Server actions test JSON."""

    def test_live_migrate_one_multi_created_instance(self):
        """Live migrate one multi created instance."""
        self.assertTrue(True)

    def testCreateServerWithIPv6(self):
        """Create server with IPv6."""
        self.assertTrue(True)

    def test_get_APIVersion__twice(self):
        """Get APIVersion twice."""
        self.assertTrue(True)

    def test_one_line(self):
        """One line."""
        self.assertTrue(True)

    def test_one_line_with_more(self, a=1,
                                b=2):
        """One line with more."""
        x = 1; self.assertEqual(x, 1)

    def test_todo_first(self):
        """Todo first."""
        # TODO(someone): also check the host
        self.assertTrue(True)

    def test_blank_then_code(self):
        """Blank then code."""

        self.assertTrue(True)

    def test(self):
        self.assertTrue(True)

    def test_a_name_so_long_that_its_summary_would_not_fit_on_one_line_at_all_79(self):
        self.assertTrue(True)


class TestAPIVersions(unittest.TestCase):
    """Test API versions."""

    @unittest.skip('not yet')
    async def test_microversion_2_90(self):
        """Microversion 2 90."""
        pass


class TestCase(unittest.TestCase):
    # Attribute comment
    maxDiff = None

    def test_it(self):
        """It."""
        pass


def test_module_level():
    """Module level."""
    pass
