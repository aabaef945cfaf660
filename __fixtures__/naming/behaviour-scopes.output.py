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
        server_count = len(self.server_list)

        def all_counted():
            return len([s for s in self.server_list]) == server_count

        self.assertTrue(all_counted())

    def test_comprehension_and_lambda(self):
        flavor_name = 'm1.small'
        matching = [srv for srv in self.server_list if srv['flavor'] == flavor_name]
        by_id = sorted(matching, key=lambda flavor_name: flavor_name['id'])
        first_ids = {each_server['id'] for each_server in by_id[:2]}
        self.assertEqual(3, len(by_id))
        self.assertEqual({'srv-0', 'srv-1'}, first_ids)

    def test_nonlocal(self):
        seen_ids = []
        total_seen = 0

        def record(server):
            nonlocal total_seen
            seen_ids.append(server['id'])
            total_seen += 1

        for each_server in self.server_list:
            record(each_server)
        self.assertEqual(3, total_seen)
        self.assertEqual(['srv-0', 'srv-1', 'srv-2'], seen_ids)

    def test_keyword_argument_is_not_a_reference(self):
        new_flavor = 'm1.large'
        servers = make_servers(count=1, flavor=new_flavor)
        self.assertEqual(new_flavor, servers[0]['flavor'])
        self.assertEqual({'newFlavor': 'x'}, dict(newFlavor='x'))
        self.assertEqual('web', self.defaultName)

    def test_global_stays(self):
        before_count = requestCount
        count_request()
        self.assertEqual(before_count + 1, requestCount)

    def test_nested_helper_called_by_keyword(self):
        def build_name(server_index, name_suffix='vm'):
            return 'srv-%d-%s' % (server_index, name_suffix)

        self.assertEqual('srv-1-vm', build_name(1))
        self.assertEqual('srv-2-db', build_name(server_index=2, name_suffix='db'))

    def test_class_body_in_method(self):
        class Holder(object):
            maxCount = 2
            limits = [n for n in range(maxCount)]

        holder_limits = Holder.limits
        self.assertEqual([0, 1], holder_limits)


if __name__ == '__main__':
    unittest.main()
