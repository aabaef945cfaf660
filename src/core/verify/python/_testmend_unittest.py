"""``python -m unittest`` with a result class that records every outcome for ``testmend --verify``.

testmend runs ``python -m _testmend_unittest ARGS`` in place of ``python -m unittest ARGS``: the tests
are found and run exactly as unittest does, and each outcome is written as a JSON line to the file
named by TESTMEND_VERIFY_RESULTS as soon as it is known, so a run stopped by a timeout keeps what it
had; a ``started`` line before each test tells which one was running when it was stopped. When TESTMEND_VERIFY_TESTS names a file, only the tests whose ids it lists (one a line) run.
"""
import json
import os
import sys
import unittest

_MESSAGE_LIMIT = 4000


class RecordingResult(unittest.TextTestResult):
    """A TextTestResult that also appends each outcome to the results file."""

    _out = None

    def _record(self, test, status, message=''):
        if RecordingResult._out is None:
            RecordingResult._out = open(os.environ['TESTMEND_VERIFY_RESULTS'], 'a', encoding='utf-8')
        line = json.dumps({'id': test.id(), 'status': status, 'message': message[-_MESSAGE_LIMIT:]})
        RecordingResult._out.write(line + '\n')
        RecordingResult._out.flush()

    def _error_text(self, test, err):
        try:
            return self._exc_info_to_string(err, test)
        except Exception as error:  # a traceback that cannot be formatted still has an outcome
            return repr(error)

    def startTest(self, test):
        super().startTest(test)
        self._record(test, 'started')

    def addSuccess(self, test):
        super().addSuccess(test)
        self._record(test, 'passed')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record(test, 'failed', self._error_text(test, err))

    def addError(self, test, err):
        super().addError(test, err)
        self._record(test, 'error', self._error_text(test, err))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._record(test, 'skipped', str(reason))

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._record(test, 'xfail')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record(test, 'xpass')

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._record(test, 'failed' if failed else 'error', self._error_text(test, err))


class RecordingRunner(unittest.TextTestRunner):
    resultclass = RecordingResult


def _selected(suite, wanted):
    """The suite with only the tests whose ids are wanted."""
    kept = unittest.TestSuite()
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            inner = _selected(test, wanted)
            if inner.countTestCases():
                kept.addTest(inner)
        elif test.id() in wanted:
            kept.addTest(test)
    return kept


class Program(unittest.TestProgram):
    def createTests(self, *args, **kwargs):
        super().createTests(*args, **kwargs)
        tests = os.environ.get('TESTMEND_VERIFY_TESTS')
        if tests:
            with open(tests, encoding='utf-8') as listed:
                wanted = {line.strip() for line in listed if line.strip()}
            self.test = _selected(self.test, wanted)


if __name__ == '__main__':
    sys.argv[0] = 'python -m unittest'
    Program(module=None, testRunner=RecordingRunner)
