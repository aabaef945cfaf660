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

    def test_evacuate_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('MIGRATING', volume['status'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertIsInstance(volume, dict)

    def test_create_volume_1(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('BUILD', volume['status'])
        volume['metadata'] = {'key': 'active', 'count': 31}

    def test_lock_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'verify_resize', 'count': 36}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsInstance(volume, dict)

    def test_attach_volume_3(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('VERIFY_RESIZE', volume['status'])

    def test_attach_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('MIGRATING', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_create_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNone(volume.get('fault'))

    def test_evacuate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertEqual('ERROR', volume['status'])

    def test_live_migrate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertGreater(len(self.volumes), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsInstance(volume, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')

    def test_evacuate_volume_3(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        volume['metadata'] = {'key': 'build', 'count': 63}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])
        self.assertIsInstance(volume, dict)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')

    def test_create_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        volume['metadata'] = {'key': 'migrating', 'count': 84}
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('ERROR', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertIsNone(volume.get('fault'))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertGreater(len(self.volumes), 0)
        volume['metadata'] = {'key': 'error', 'count': 3}

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
