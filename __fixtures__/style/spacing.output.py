"""Whitespace between tokens: brackets, commas, operators, equals, comments."""
import collections


def build_request(flavor, image=None, min_count=1, *, networks=None):
    body = {'server': {'flavorRef': flavor, 'imageRef': image}}
    if networks is not None:
        body['server']['networks'] = networks
    if min_count > 1:
        body['server']['min_count'] = min_count
    body['server']['max_count'] = min_count * 2
    return body


def summarize(servers):
    counts = collections.Counter(s['status'] for s in servers)
    total = len(servers)
    ratio = counts['ACTIVE'] / total if total else 0.0
    hosts = [s['host'] for s in servers[1:]]
    first, rest = servers[0], servers[1:]
    pairs = dict(zip(hosts,  hosts))
    flags = 0x0f | 0x10
    mask = ~flags & 0xff
    msg = '%d of %d active' % (counts['ACTIVE'], total)
    window = hosts[1:-1]
    power = total**2 + -total
    check = lambda s: s['status'] == 'ACTIVE'
    if (n := len(rest)) > 2:
        pass
    return msg, ratio, pairs, mask, window, power, check, first, n


def call(*args, **kwargs):
    return summarize(*args, **kwargs)  # delegate
