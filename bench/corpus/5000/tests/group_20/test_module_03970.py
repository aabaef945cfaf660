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


class VolumeShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_lock_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIsInstance(volume, dict)
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertGreater(len(self.volumes), 0)

    def test_rescue_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsInstance(volume, dict)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('MIGRATING', volume['status'])

    def test_lock_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIsNotNone(volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)

    def test_rescue_volume_3(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-3')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('ERROR', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 78}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_delete_volume_4(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertEqual('ERROR', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])

    def test_create_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_evacuate_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsInstance(volume, dict)
        self.assertEqual('BUILD', volume['status'])

    def test_live_migrate_volume_1(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-1')
        volume['metadata'] = {'key': 'shutoff', 'count': 69}
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsInstance(volume, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertGreater(len(self.volumes), 0)

    def test_delete_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('ERROR', volume['status'])
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)

    def test_lock_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)
        self.assertIsInstance(volume, dict)
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ERROR', volume['status'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_create_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])

    def test_resize_volume_5(self):
        volume = self._create_volume(name='volume-5')
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('BUILD', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
