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

    def test_evacuate_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertGreater(len(self.volumes), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertGreater(len(self.volumes), 0)
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa

    def test_rescue_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertIsNone(volume.get('fault'))
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('metadata', volume)

    def test_delete_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('ACTIVE', volume['status'])
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertIn('metadata', volume)
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_create_volume_3(self):
        volume = self._create_volume(name='volume-3')
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertEqual('ACTIVE', volume['status'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_evacuate_volume_0(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
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
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_create_volume_1(self):
        volume = self._create_volume(name='volume-1')
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])

    def test_lock_volume_2(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertIsNotNone(volume['id'])
        self.assertGreater(len(self.volumes), 0)
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertIsInstance(volume, dict)
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('VERIFY_RESIZE', volume['status'])

    def test_attach_volume_3(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-3')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNone(volume.get('fault'))
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])
        self.assertEqual('ACTIVE', volume['status'])

    def test_live_migrate_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
