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


class VolumeDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rebuild_volume_0(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('BUILD', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_live_migrate_volume_1(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-1')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'build', 'count': 13}

    def test_resize_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIn('metadata', volume)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))

    def test_evacuate_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('BUILD', volume['status'])
        self.assertIsInstance(volume, dict)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_lock_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIsNotNone(volume['id'])
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNone(volume.get('fault'))
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('metadata', volume)
        self.assertIsInstance(volume, dict)

    def test_rescue_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsNotNone(volume['id'])
        self.assertIsNotNone(volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa

    def test_resize_volume_2(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_attach_volume_3(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIsNotNone(volume['id'])
        self.assertEqual('ACTIVE', volume['status'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
