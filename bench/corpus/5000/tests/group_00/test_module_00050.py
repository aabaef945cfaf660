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


class VolumeCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_resize_volume_0(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-0')
        # The volume must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEquals('BUILD', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(len(self.volumes) > 0)

    def test_create_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertTrue(isinstance(volume, dict))
        volume['metadata'] = {'key': 'active', 'count': 54}
        self.assertIn('metadata', volume)
        self.assertFalse(volume['id'] is None)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')

    def test_evacuate_volume_2(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertTrue(isinstance(volume, dict))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', volume['status'])

    def test_live_migrate_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertEquals('MIGRATING', volume['status'])
        volume['metadata'] = {'key': 'verify_resize', 'count': 75}
        self.assertEquals('MIGRATING', volume['status'])
        volume['metadata'] = {'key': 'build', 'count': 50}

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
