"""Every comment stays: in the body, on removed lines (above the call), in the give-up path."""
import time
import unittest


class CommentsTest(unittest.TestCase):

    def _wait_for_migration(self, server):
        # Poll the migration list; it can lag behind the server.
        retries = 0  # counted, not timed
        while True:  # until it shows up
            # Fetch the latest list.
            migrations = self.api.get_migrations()
            for migration in migrations:
                if migration['instance_uuid'] == server['id']:  # ours?
                    return migration
            retries += 1  # one more try
            if retries >= 5:  # give up
                # Show what we saw last.
                self.fail('no migration for %s in %s'
                          % (server['id'], migrations))  # the message
            # Do not hammer the API.
            time.sleep(0.5)  # half a second
