import time

from tempest.lib import exceptions as lib_exc
from tempest import test


class VolumesTest(test.BaseTestCase):

    build_interval = 1
    build_timeout = 60

    def _wait_for_volume(self, volume_id, status):
        for _ in range(60):
            volume = self.client.show_volume(volume_id)['volume']
            if volume['status'] == status:
                return volume
            time.sleep(self.build_interval)
        raise lib_exc.TimeoutException(
            'volume %s did not reach %s' % (volume_id, status))

    def test_attach(self):
        volume = self._wait_for_volume('v1', 'available')
        self.assertTrue(volume['status'] == 'available')
