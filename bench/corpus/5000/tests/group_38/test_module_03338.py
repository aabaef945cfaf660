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

    def test_rescue_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        volume['metadata'] = {'key': 'active', 'count': 29}
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertEqual('ERROR', volume['status'])
        volume['metadata'] = {'key': 'active', 'count': 89}

    def test_delete_volume_1(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertEqual('ERROR', volume['status'])
        self.assertIsNotNone(volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])

    def test_evacuate_volume_2(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('BUILD', volume['status'])
        self.assertIn('metadata', volume)
        self.assertEqual('BUILD', volume['status'])
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNone(volume.get('fault'))
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_shelve_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'active', 'count': 44}
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])
        self.assertIsNone(volume.get('fault'))
        volume['metadata'] = {'key': 'active', 'count': 7}

    def test_rebuild_volume_4(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-4')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertIsNotNone(volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('SHUTOFF', volume['status'])

    def test_lock_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        self.assertEqual('ACTIVE', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_resize_volume_0(self):
        volume = self._create_volume(name='volume-0')
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('ERROR', volume['status'])
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa

    def test_create_volume_1(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-1')
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_evacuate_volume_2(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertIn('metadata', volume)
        self.assertEqual('SHUTOFF', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        self.assertIsInstance(volume, dict)
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
