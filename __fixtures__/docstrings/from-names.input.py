import unittest

from nova import test


class ServerActionsTestJSON(test.TestCase):
    def test_live_migrate_one_multi_created_instance(self):
        self.assertTrue(True)

    def testCreateServerWithIPv6(self):
        self.assertTrue(True)

    def test_get_APIVersion__twice(self):
        self.assertTrue(True)

    def test_one_line(self): self.assertTrue(True)

    def test_one_line_with_more(self, a=1,
                                b=2): x = 1; self.assertEqual(x, 1)

    def test_todo_first(self):
        # TODO(someone): also check the host
        self.assertTrue(True)

    def test_blank_then_code(self):

        self.assertTrue(True)

    def test(self):
        self.assertTrue(True)

    def test_a_name_so_long_that_its_summary_would_not_fit_on_one_line_at_all_79(self):
        self.assertTrue(True)


class TestAPIVersions(unittest.TestCase):

    @unittest.skip('not yet')
    async def test_microversion_2_90(self):
        pass


class TestCase(unittest.TestCase):
    # Attribute comment
    maxDiff = None

    def test_it(self):
        pass


def test_module_level():
    pass
