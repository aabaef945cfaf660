"""Sleeps that run in threads, workers and mock side effects stay."""
import threading
import time
import unittest
from unittest import mock


def slow_spawn(*args, **kwargs):
    for _ in range(3):  # refused: handed to a thread, a worker or a mock
        if kwargs.get('ready'):
            return 'spawned'
        time.sleep(0.1)
    return 'timed out'


class Heartbeat(threading.Thread):

    def run(self):
        while True:  # refused: of a thread or worker class
            if self.stopped:
                break
            time.sleep(1)


class WorkerTest(unittest.TestCase):

    def test_side_effect(self):
        with mock.patch.object(self.driver, 'spawn', side_effect=slow_spawn):
            self.api.boot('s1')

    def test_thread_target(self):
        def poll():
            for _ in range(10):  # refused: nested function
                if self.done:
                    return
                time.sleep(0.01)

        threading.Thread(target=poll).start()
        self.assertTrue(self.api.ping())

    def test_lambda_side_effect(self):
        self.driver.spawn.side_effect = lambda *a: time.sleep(0.2)  # refused: inside a lambda
        self.api.boot('s1')
