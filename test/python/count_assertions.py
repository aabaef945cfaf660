"""Runs a unittest module and counts the assertions its tests make.

Usage: python3 count_assertions.py DIRECTORY MODULE

Prints one JSON object: the tests run, failures, errors, skips, and the
number of assert*/fail* calls the tests made on TestCase (an assertion that
calls another, such as assertEqual calling assertDictEqual, counts once).
"""
import functools
import json
import sys
import unittest

_depth = [0]
_count = [0]


def _counted(method):
    @functools.wraps(method)
    def counted(*args, **kwargs):
        if _depth[0] == 0:
            _count[0] += 1
        _depth[0] += 1
        try:
            return method(*args, **kwargs)
        finally:
            _depth[0] -= 1
    return counted


for _name, _method in list(vars(unittest.TestCase).items()):
    if _name.startswith(('assert', 'fail')) and callable(_method) and not isinstance(_method, type):
        setattr(unittest.TestCase, _name, _counted(_method))

sys.path.insert(0, sys.argv[1])
suite = unittest.defaultTestLoader.loadTestsFromName(sys.argv[2])
result = unittest.TestResult()
suite.run(result)
print(json.dumps({
    'run': result.testsRun,
    'failures': len(result.failures),
    'errors': len(result.errors),
    'skipped': len(result.skipped),
    'assertions': _count[0],
    'problems': [test.id() + ': ' + trace.splitlines()[-1] for test, trace in result.failures + result.errors],
}))
