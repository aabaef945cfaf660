import unittest


class MultilineTest(unittest.TestCase):

    def test_line_breaks_are_kept(self):
        self.assertEqual(migrated['host'], 'compute2',
                        'server %s did not move' % server['id'])
        self.assertEqual(
            len(self.api.list_servers()),
            expected_count)
        self.assertNotEqual(
            first_value,
            second_value,
            msg='values should differ')
        self.assertNotIn(
            'ERROR', [s['status']
                        for s in servers])

    def test_comments_are_kept(self):
        self.assertEqual(a,  # the left side
                        b)
        self.assertEqual(a,  # before the operator
                        b)
        self.assertIn(
            # why this matters
            x, allowed,
            'not allowed')  # trailing comment
        self.assertEqual(
            None,  # nothing is expected here
            result)
