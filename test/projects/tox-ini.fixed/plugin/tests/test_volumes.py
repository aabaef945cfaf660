import time

from tempest.lib.common.utils import test_utils
from tempest.lib import exceptions as lib_exc
from tempest import test


class VolumesTest(test.BaseTestCase):

    build_interval = 1
    build_timeout = 60

    def _wait_for_volume(self, volume_id, status):
        polled = None

        def _poll():
            nonlocal polled
            volume = self.client.show_volume(volume_id)['volume']
            if volume['status'] == status:
                polled = volume
                return True

        if test_utils.call_until_true(_poll, 60 * self.build_interval,
                                      self.build_interval):
            return polled
        raise lib_exc.TimeoutException(
            'volume %s did not reach %s' % (volume_id, status))

    def test_attach(self):
        volume = self._wait_for_volume('v1', 'available')
        self.assertEqual(volume['status'], 'available')
