"""Tests that read the function a record was logged from: blocks stay in their method."""
import logging
import unittest


class Records(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


class LoggingTest(unittest.TestCase):
    def test_function_name(self):
        handler = Records()
        logger = logging.getLogger('positions')
        logger.addHandler(handler)
        self.addCleanup(logger.removeHandler, handler)
        for level in (logging.WARNING, logging.ERROR):
            for count in (1, 2):
                if count:
                    message = 'level %s, count %s'
                    logger.log(level, message, level, count)
                    self.assertTrue(handler.records)
        self.assertEqual({record.funcName for record in handler.records}, {'test_function_name'})
