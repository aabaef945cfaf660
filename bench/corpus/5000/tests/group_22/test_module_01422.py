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


class VolumeAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_resize_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(isinstance(volume, dict))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertFalse(volume['id'] is None)
        self.assertFalse(volume['id'] is None)
        self.assertEqual(volume.get('fault'), None)
        self.assertIn('metadata', volume)
        self.assertEqual(volume.get('fault'), None)

    def test_lock_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertFalse(volume['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa

    def test_create_volume_2(self):
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(volume['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        volume['metadata'] = {'key': 'active', 'count': 80}
        volume['metadata'] = {'key': 'build', 'count': 82}
        self.assertIn('metadata', volume)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_create_volume_0(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'SHUTOFF')
        # The volume must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_shelve_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEquals('BUILD', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertTrue(volume['status'] == 'ERROR')
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_lock_volume_2(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'build', 'count': 98}
        self.assertTrue(isinstance(volume, dict))
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        volume['metadata'] = {'key': 'build', 'count': 27}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
