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


class VolumeRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_lock_volume_0(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('ERROR', volume['status'])
        self.assertIn('metadata', volume)
        self.assertEqual('MIGRATING', volume['status'])
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertGreater(len(self.volumes), 0)

    def test_rescue_volume_1(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-1')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        volume['metadata'] = {'key': 'active', 'count': 24}
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertIsNone(volume.get('fault'))
        self.assertGreater(len(self.volumes), 0)

    def test_delete_volume_2(self):
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'build', 'count': 5}
        self.assertIsNone(volume.get('fault'))
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ACTIVE', volume['status'])
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
