import unittest


class MultilineTest(unittest.TestCase):

    def test_line_breaks_are_kept(self):
        self.assertTrue(migrated['host'] == 'compute2',
                        'server %s did not move' % server['id'])
        self.assertTrue(
            len(self.api.list_servers()) ==
            expected_count)
        self.assertTrue(
            first_value
            != second_value,
            msg='values should differ')
        self.assertFalse(
            'ERROR' in [s['status']
                        for s in servers])

    def test_comments_are_kept(self):
        self.assertTrue(a ==  # the left side
                        b)
        self.assertTrue(a  # before the operator
                        == b)
        self.assertTrue(
            # why this matters
            x in allowed,
            'not allowed')  # trailing comment
        self.assertEqual(
            None,  # nothing is expected here
            result)
