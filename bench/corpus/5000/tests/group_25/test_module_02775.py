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

    def test_rebuild_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIsNotNone(volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        volume['metadata'] = {'key': 'active', 'count': 82}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_rescue_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('BUILD', volume['status'])
        volume['metadata'] = {'key': 'active', 'count': 32}
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertGreater(len(self.volumes), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_delete_volume_2(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])

    def test_create_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('BUILD', volume['status'])
        volume['metadata'] = {'key': 'build', 'count': 91}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_resize_volume_0(self):
        volume = self._create_volume(name='volume-0')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('BUILD', volume['status'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('BUILD', volume['status'])

    def test_lock_volume_1(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIsNone(volume.get('fault'))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        volume['metadata'] = {'key': 'verify_resize', 'count': 25}

    def test_rebuild_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIsInstance(volume, dict)
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsInstance(volume, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertGreater(len(self.volumes), 0)
        volume['metadata'] = {'key': 'error', 'count': 89}

    def test_rescue_volume_3(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIn('metadata', volume)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsInstance(volume, dict)
        self.assertIsNotNone(volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
