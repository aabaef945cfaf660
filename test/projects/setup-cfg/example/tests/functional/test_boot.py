from example import helpers


class BootTest(helpers.TestCase):
    def test_boot(self):
        status={'state':'ACTIVE'}
        self.assertEquals(status['state'], 'ACTIVE')
