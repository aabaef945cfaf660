"""Server tests whose locals mix snake_case and mixedCase."""

import unittest

DEFAULT_FLAVOR = 'm1.small'
requestCount = 0


def make_servers(count, flavor=DEFAULT_FLAVOR):
    return [{'id': 'srv-%d' % index, 'flavor': flavor} for index in range(count)]


def count_request():
    global requestCount
    requestCount += 1
    return requestCount


class ServerNamingTest(unittest.TestCase):

    defaultName = 'web'

    def setUp(self):
        super().setUp()
        self.server_list = make_servers(3)

    def test_closure(self):
        serverCount = len(self.server_list)

        def allCounted():
            return len([s for s in self.server_list]) == serverCount

        self.assertTrue(allCounted())

    def test_comprehension_and_lambda(self):
        flavorName = 'm1.small'
        matching = [srv for srv in self.server_list if srv['flavor'] == flavorName]
        by_id = sorted(matching, key=lambda flavorName: flavorName['id'])
        firstIds = {eachServer['id'] for eachServer in by_id[:2]}
        self.assertEqual(3, len(by_id))
        self.assertEqual({'srv-0', 'srv-1'}, firstIds)

    def test_nonlocal(self):
        seenIds = []
        totalSeen = 0

        def record(server):
            nonlocal totalSeen
            seenIds.append(server['id'])
            totalSeen += 1

        for eachServer in self.server_list:
            record(eachServer)
        self.assertEqual(3, totalSeen)
        self.assertEqual(['srv-0', 'srv-1', 'srv-2'], seenIds)

    def test_keyword_argument_is_not_a_reference(self):
        newFlavor = 'm1.large'
        servers = make_servers(count=1, flavor=newFlavor)
        self.assertEqual(newFlavor, servers[0]['flavor'])
        self.assertEqual({'newFlavor': 'x'}, dict(newFlavor='x'))
        self.assertEqual('web', self.defaultName)

    def test_global_stays(self):
        before_count = requestCount
        count_request()
        self.assertEqual(before_count + 1, requestCount)

    def test_nested_helper_called_by_keyword(self):
        def build_name(serverIndex, nameSuffix='vm'):
            return 'srv-%d-%s' % (serverIndex, nameSuffix)

        self.assertEqual('srv-1-vm', build_name(1))
        self.assertEqual('srv-2-db', build_name(serverIndex=2, nameSuffix='db'))

    def test_class_body_in_method(self):
        class Holder(object):
            maxCount = 2
            limits = [n for n in range(maxCount)]

        holderLimits = Holder.limits
        self.assertEqual([0, 1], holderLimits)


if __name__ == '__main__':
    unittest.main()
