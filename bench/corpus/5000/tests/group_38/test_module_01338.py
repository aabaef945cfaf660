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

    def test_delete_volume_0(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIn('metadata', volume)
        self.assertIsNone(volume.get('fault'))
        volume['metadata'] = {'key': 'build', 'count': 99}
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('BUILD', volume['status'])

    def test_evacuate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsNotNone(volume['id'])
        self.assertIsNone(volume.get('fault'))
        volume['metadata'] = {'key': 'verify_resize', 'count': 54}
        self.assertIsInstance(volume, dict)
        self.assertIsNotNone(volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsInstance(volume, dict)

    def test_live_migrate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('SHUTOFF', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 15}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])

    def test_delete_volume_3(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('VERIFY_RESIZE', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_live_migrate_volume_0(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)

    def test_attach_volume_1(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_lock_volume_2(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('metadata', volume)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertEqual('MIGRATING', volume['status'])

    def test_rebuild_volume_3(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual('ERROR', volume['status'])
        self.assertIsInstance(volume, dict)
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_evacuate_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertGreater(len(self.volumes), 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIsNotNone(volume['id'])
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('SHUTOFF', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
