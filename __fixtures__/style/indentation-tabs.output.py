import unittest


class TabTest(unittest.TestCase):
    """Indented with tabs throughout.

	The docstring keeps its tabs:	inside	too.
	"""

    def setUp(self):
        super(TabTest, self).setUp()
        self.servers = {'one': 'ACTIVE',
                        'two': 'ERROR'}

    def test_status(self):
        for name, status in sorted(self.servers.items()):
            # only the active one counts
            if status == 'ACTIVE':
                self.assertEqual('one', name)
        query = """
		SELECT	*
		"""
        self.assertIn('SELECT', query)
