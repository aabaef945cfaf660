"""The loop shapes of tempest's waiters and nova's tests, under a fake clock.

Each helper is a wait as written in those suites; each test drives it to
success, to an early failure and to a timeout. The loops poll every second,
so that deadlines read with int(time.time()) fall on whole seconds.
"""
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


class TimeoutException(Exception):
    pass


class BuildErrorException(Exception):
    pass


class NotFound(Exception):
    pass


class FakeClient(object):
    """Answers with the next status of ``statuses``, then repeats the last one."""

    build_timeout = 3
    build_interval = 1

    def __init__(self, *statuses):
        self.statuses = list(statuses)
        self.polls = 0

    def status(self):
        self.polls += 1
        if len(self.statuses) > 1:
            return self.statuses.pop(0)
        return self.statuses[0]

    def show(self, item_id):
        status = self.status()
        if status == 'gone':
            raise NotFound(item_id)
        return {'id': item_id, 'status': status}


class WaitShapesTest(unittest.TestCase):

    def _wait_for_interface_status(self, client, status):

        body = None
        interface_status = None

        def _poll():
            nonlocal body, interface_status
            body = client.show('port-1')
            interface_status = body['status']
            return interface_status == status

        if not wait_until(_poll, timeout=client.build_timeout,
                          interval=client.build_interval):
            message = ('Interface failed to reach %s status (current %s) '
                       'within the required time (%s s).' %
                       (status, interface_status, client.build_timeout))
            raise TimeoutException(message)

        return body

    def _wait_for_resource_status(self, client, status):
        resource_status = client.show('vol-1')['status']
        start = int(time.time())

        def _poll():
            nonlocal resource_status
            resource_status = client.show('vol-1')[
                'status']
            if resource_status == 'error' and resource_status != status:
                raise BuildErrorException(resource_status)
            return resource_status == status

        if resource_status != status:
            time.sleep(client.build_interval)
            if not wait_until(
                    _poll,
                    timeout=client.build_timeout - client.build_interval,
                    interval=client.build_interval):
                message = ('volume failed to reach %s status (current %s) '
                           'within the required time (%s s).' %
                           (status, resource_status, client.build_timeout))
                raise TimeoutException(message)
        return time.time() - start

    def _wait_for_detach_event(self, client):
        results = [client.status()]

        def _poll():
            nonlocal results
            results = [client.status()]
            if "Success" in results:
                return (client.show('action-1')['id'],)

        if "Success" not in results:
            time.sleep(client.build_interval)
            polled = wait_until(
                _poll, timeout=client.build_timeout - client.build_interval,
                interval=client.build_interval)
            if polled:
                return polled[0]
            raise TimeoutException('no detach event')

    def _wait_for_attachment_removal(self, client):
        try:
            volumes = [client.show('vol-1')]
        except NotFound:
            return

        def _poll():
            try:
                volumes = [client.show('vol-1')]
            except NotFound:
                # The volume went away with its attachment.
                return True
            return not any(
                volume for volume in volumes if volume['status'] == 'in-use')

        if any(volume for volume in volumes if volume['status'] == 'in-use'):
            time.sleep(client.build_interval)
            if not wait_until(
                    _poll,
                    timeout=client.build_timeout - client.build_interval,
                    interval=client.build_interval):
                raise TimeoutException('still attached')
        return

    def _read_console(self, client, data):
        console_output = ''
        interval = 1

        def _poll():
            nonlocal console_output
            if data in console_output:
                return True
            try:
                console_output += client.show('console')['status']
            except NotFound:
                console_output = ''

        wait_until(_poll, timeout=3, interval=interval)
        return console_output

    def _wait_for_image_import(self, client):
        exc_cls = TimeoutException
        image = None
        returned = False

        def _poll():
            nonlocal image, exc_cls, returned
            image = client.show('image-1')
            if image['status'] == 'active':
                returned = True
                return True
            if image['status'] == 'failed':
                exc_cls = BuildErrorException
                return True

        wait_until(_poll, timeout=client.build_timeout,
                   interval=client.build_interval)
        if returned:
            return

        raise exc_cls('image %s failed to import' % image['id'])

    def _wait_with_a_settle_time(self, client):
        def _poll():
            status = client.status()
            if status == 'ACTIVE':
                # Give the guest a moment to boot.
                time.sleep(1)
                return (status,)

        polled = wait_until(_poll, timeout=4, interval=1)
        if polled:
            return polled[0]
        raise TimeoutException('never active')

    def _wait_retrying_not_found(self, client):
        def _poll():
            try:
                if client.show('server-1')['status'] == 'ACTIVE':
                    return True
            except NotFound:
                pass

        if wait_until(_poll, timeout=4, interval=1):
            return
        raise TimeoutException('never active')

    def _wait_over_named_range(self, client):
        def _poll():
            if client.status() == 'ACTIVE':
                return True

        if not wait_until(_poll, timeout=5, interval=1):
            raise TimeoutException('never active')

    def _wait_for_two_events(self, client):
        first = None

        def _poll():
            nonlocal first
            first = client.status()
            return first == 'ready'

        wait_until(_poll, timeout=client.build_timeout,
                   interval=client.build_interval)
        second = None

        def _poll_2():
            nonlocal second
            second = client.status()
            return second == 'done'

        wait_until(_poll_2, timeout=client.build_timeout,
                   interval=client.build_interval)
        return first, second

    def test_deadline_stored_in_a_name(self):
        self.client = FakeClient('BUILD', 'BUILD', 'ACTIVE')
        self.assertEqual('ACTIVE', self._wait_for_interface_status(self.client, 'ACTIVE')['status'])
        self.client = FakeClient('BUILD')
        with self.assertRaises(TimeoutException) as caught:
            self._wait_for_interface_status(self.client, 'ACTIVE')
        self.assertIn('current BUILD', str(caught.exception))

    def test_condition_and_body_both_check(self):
        self.client = FakeClient('creating', 'creating', 'available')
        self._wait_for_resource_status(self.client, 'available')
        self.client = FakeClient('creating', 'creating', 'error')
        self.assertRaises(BuildErrorException, self._wait_for_resource_status, self.client, 'available')
        self.client = FakeClient('creating')
        self.assertRaises(TimeoutException, self._wait_for_resource_status, self.client, 'available')
        self.client = FakeClient('available')
        self._wait_for_resource_status(self.client, 'available')

    def test_condition_covered_by_a_return(self):
        self.client = FakeClient('Pending', 'Pending', 'Success')
        self.assertEqual('action-1', self._wait_for_detach_event(self.client))
        self.client = FakeClient('Success')
        self.assertIsNone(self._wait_for_detach_event(self.client))
        self.client = FakeClient('Pending')
        self.assertRaises(TimeoutException, self._wait_for_detach_event, self.client)

    def test_condition_and_a_return_that_ends_the_function(self):
        self.client = FakeClient('in-use', 'in-use', 'available')
        self.assertIsNone(self._wait_for_attachment_removal(self.client))
        self.client = FakeClient('in-use', 'gone')
        self.assertIsNone(self._wait_for_attachment_removal(self.client))
        self.client = FakeClient('in-use')
        self.assertRaises(TimeoutException, self._wait_for_attachment_removal, self.client)

    def test_condition_checked_before_the_body(self):
        self.client = FakeClient('boot', 'ing', 'login:')
        self.assertIn('login:', self._read_console(self.client, 'login:'))
        self.client = FakeClient('boot', 'gone', 'login:')
        self.assertEqual('login:', self._read_console(self.client, 'login:'))
        self.client = FakeClient('.')
        self.assertNotIn('login:', self._read_console(self.client, 'login:'))

    def test_break_and_return(self):
        self.client = FakeClient('queued', 'importing', 'active')
        self.assertIsNone(self._wait_for_image_import(self.client))
        self.client = FakeClient('queued', 'failed')
        self.assertRaises(BuildErrorException, self._wait_for_image_import, self.client)
        self.client = FakeClient('queued')
        self.assertRaises(TimeoutException, self._wait_for_image_import, self.client)

    def test_sleeps_in_two_places(self):
        self.client = FakeClient('BUILD', 'ACTIVE')
        self.assertEqual('ACTIVE', self._wait_with_a_settle_time(self.client))
        self.client = FakeClient('BUILD')
        self.assertRaises(TimeoutException, self._wait_with_a_settle_time, self.client)
        self.client = FakeClient('gone', 'BUILD', 'gone', 'ACTIVE')
        self._wait_retrying_not_found(self.client)
        self.client = FakeClient('gone')
        self.assertRaises(TimeoutException, self._wait_retrying_not_found, self.client)

    def test_deadline_set_again_for_a_second_wait(self):
        self.client = FakeClient('queued', 'ready', 'working', 'done')
        self.assertEqual(('ready', 'done'), self._wait_for_two_events(self.client))
        self.client = FakeClient('queued')
        self.assertEqual(('queued', 'queued'), self._wait_for_two_events(self.client))

    def test_range_in_a_name(self):
        self.client = FakeClient('BUILD', 'BUILD', 'ACTIVE')
        self._wait_over_named_range(self.client)
        self.client = FakeClient('BUILD')
        self.assertRaises(TimeoutException, self._wait_over_named_range, self.client)


if __name__ == '__main__':
    unittest.main()
