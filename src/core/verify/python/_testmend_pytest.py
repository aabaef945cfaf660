"""A pytest plugin for ``testmend --verify``: runs only the tests it asks for.

testmend adds ``-p _testmend_pytest --junitxml=FILE`` to a pytest command and reads the outcomes
from the JUnit XML. When TESTMEND_VERIFY_TESTS names a file, only the tests whose ids it lists (one
a line, as the JUnit XML names them: classname, a dot, name) run; the others are deselected.
"""
import os
import re


def _junit_id(nodeid):
    """The id pytest's JUnit XML gives a test: its classname and name, joined by a dot."""
    path, bracket, params = nodeid.partition('[')
    names = path.split('::')
    names[0] = re.sub(r'\.py$', '', names[0].replace('/', '.'))
    names[-1] += bracket + params
    return '.'.join(names)


def pytest_collection_modifyitems(session, config, items):
    tests = os.environ.get('TESTMEND_VERIFY_TESTS')
    if not tests:
        return
    with open(tests, encoding='utf-8') as listed:
        wanted = {line.strip() for line in listed if line.strip()}
    kept = [item for item in items if _junit_id(item.nodeid) in wanted]
    dropped = [item for item in items if _junit_id(item.nodeid) not in wanted]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
