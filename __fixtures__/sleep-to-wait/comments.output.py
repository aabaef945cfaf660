"""Every comment stays: in the body, on removed lines (above the call), in the give-up path."""
import time
import unittest


def wait_until(predicate, timeout, interval):
    """Call predicate until it returns a true value, and return that value.

    Sleep interval seconds between calls. After timeout seconds, measured
    with time.monotonic() (tests that mock time.time() leave it alone),
    return the last false value, so that the caller's failure path runs.
    """
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result or time.monotonic() >= deadline:
            return result
        time.sleep(interval)


class CommentsTest(unittest.TestCase):

    def _wait_for_migration(self, server):
        # Poll the migration list; it can lag behind the server.
        migrations = None

        def _poll():  # until it shows up
            nonlocal migrations
            # Fetch the latest list.
            migrations = self.api.get_migrations()
            for migration in migrations:
                if migration['instance_uuid'] == server['id']:  # ours?
                    return (migration,)

        # counted, not timed
        # one more try
        # give up
        # Do not hammer the API.
        # half a second
        polled = wait_until(_poll, timeout=2, interval=0.5)
        if polled:
            return polled[0]
        # Show what we saw last.
        self.fail('no migration for %s in %s'
                  % (server['id'], migrations))  # the message
