"""Loops the analysis does not prove it understands stay as they are."""
import random
import time
import unittest

from oslo_utils import timeutils

LOG = None


class LoopTest(unittest.TestCase):

    def _forever(self):
        while True:  # refused: waits forever
            if self.api.ready():
                return
            time.sleep(1)

    def _no_limit(self):
        while not self.api.ready():  # refused: without a limit
            time.sleep(1)

    def _walks_servers(self, servers):
        for server in servers:  # refused: does not count tries
            self.api.reboot(server)
            time.sleep(1)

    def _reads_attempt(self):
        for attempt in range(5):  # refused: reads the loop variable attempt
            if self.api.ready(attempt):
                return
            time.sleep(1)
        self.fail('never ready')

    def _backs_off(self):
        delay = 0.5
        for _ in range(5):  # refused: a backoff
            if self.api.ready():
                return
            time.sleep(delay)
            delay *= 2
        self.fail('never ready')

    def _jitters(self):
        for _ in range(5):  # refused: jitter
            if self.api.ready():
                return
            time.sleep(random.uniform(0.5, 1.5))
        self.fail('never ready')

    def _sleeps_twice(self):
        for _ in range(5):  # refused: more than one place
            time.sleep(1)
            if self.api.ready():
                return
            time.sleep(1)
        self.fail('never ready')

    def _continues(self):
        for _ in range(5):  # refused: a continue would skip the sleep
            status = self.api.status()
            if status is None:
                continue
            if status == 'ACTIVE':
                return
            time.sleep(1)
        self.fail('never ready')

    def _counter_in_message(self):
        retries = 0
        while True:  # refused: the failure message reads the counter retries
            if self.api.ready():
                break
            retries += 1
            if retries > 5:
                self.fail('not ready after %d retries' % retries)
            time.sleep(1)

    def _soak(self):
        for _ in range(5):  # refused: watches for the whole time
            self.assertEqual('ACTIVE', self.api.status())
            time.sleep(1)

    def _carries(self):
        for _ in range(5):  # refused: carries previous
            current = self.api.status()
            if current == previous:
                return current
            previous = current
            time.sleep(1)
        self.fail('status kept changing')

    def _generator(self):
        for _ in range(5):  # refused: generator
            status = self.api.status()
            yield status
            time.sleep(1)

    def _sleeps_in_branch(self):
        for _ in range(5):  # refused: neither sleeps nor leaves
            if self.api.ready():
                return
            elif self.api.failed():
                LOG.warning('failed, retrying')
            else:
                time.sleep(1)
        self.fail('never ready')

    def _two_budgets(self):
        deadline = time.time() + 10
        for _ in range(5):  # refused: two budgets
            if self.api.ready():
                return
            if time.time() > deadline:
                self.fail('deadline passed')
            time.sleep(1)

    def _else_after_condition(self):
        deadline = time.time() + 10
        while not self.api.ready() and time.time() < deadline:  # refused: else runs both
            time.sleep(1)
        else:
            LOG.debug('done waiting')

    def _sleep_between(self):
        for _ in range(5):  # refused: sleeps between two parts of the check
            self.api.kick()
            time.sleep(1)
            if self.api.ready():
                return
        self.fail('never ready')

    def _prebound_conditionally(self):
        for _ in range(5):  # refused: not set on every try
            if self.api.ready():
                found = self.api.server()
                break
            time.sleep(1)
        return found

    def _oslo_clock(self):
        start = timeutils.utcnow()
        while timeutils.delta_seconds(start, timeutils.utcnow()) < 10:  # refused: a clock the analysis does not follow (timeutils.delta_seconds)
            if self.api.ready():
                return
            time.sleep(1)
        self.fail('never ready')

    def _deadline_through_a_flag(self, start):
        while not self.api.ready():  # refused: start is not set by a plain assignment
            time.sleep(1)
            timed_out = int(time.time()) - start >= 60
            if timed_out:
                self.fail('never ready')

    def _counter_never_reaches(self):
        tries = 0
        while tries != 5:  # refused: never reaches its limit
            if self.api.ready():
                return
            tries += 2
            time.sleep(1)
        self.fail('never ready')

    def _condition_and_a_returned_value(self):
        start = time.time()
        server = self.api.get('s1')
        while server['status'] != 'ACTIVE':  # refused: the body returns
            time.sleep(1)
            server = self.api.get('s1')
            if server['status'] == 'ERROR':
                return server
            if time.time() - start > 10:
                self.fail('never active')
        return None

    def _give_up_testing_more(self):
        start = time.time()
        while True:  # refused: the give-up check also tests self.strict
            if self.api.ready():
                return
            time.sleep(1)
            if self.strict and time.time() - start > 10:
                self.fail('never ready')

    def _condition_sleeping_mid_try(self):
        start = time.time()
        while not self.api.ready() and time.time() - start < 10:  # refused: sleeps between two parts of the try
            self.api.poke()
            time.sleep(1)
            self.api.refresh()

    def _sleeps_only_before_leaving(self):
        for _ in range(5):  # refused: there is no sleep between tries
            if self.api.ready():
                time.sleep(1)
                return
        self.fail('never ready')


def call_until_true(func, duration, sleep_for):
    now = time.time()
    timeout = now + duration
    while now < timeout:  # refused: it is a polling helper itself
        if func():
            return True
        time.sleep(sleep_for)
        now = time.time()
    return False


for _ in range(3):  # refused: not inside a function
    if LOG:
        break
    time.sleep(0.1)
