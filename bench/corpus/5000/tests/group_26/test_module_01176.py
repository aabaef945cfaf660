# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the volume API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class VolumeLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_create_volume_0(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'error', 'count': 82}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('metadata', volume)

    def test_resize_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertGreater(len(self.volumes), 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertIsInstance(volume, dict)
        self.assertEqual('SHUTOFF', volume['status'])

    def test_resize_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'verify_resize', 'count': 99}
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('MIGRATING', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
