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


class VolumeRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_evacuate_volume_0(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertIsInstance(volume, dict)

    def test_shelve_volume_1(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('BUILD', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        self.assertEqual('ERROR', volume['status'])

    def test_attach_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIn('metadata', volume)
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])

    def test_resize_volume_3(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual('BUILD', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('BUILD', volume['status'])
        self.assertIsNotNone(volume['id'])

    def test_live_migrate_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('metadata', volume)
        self.assertEqual('MIGRATING', volume['status'])
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertIsNone(volume.get('fault'))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_attach_volume_0(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsInstance(volume, dict)

    def test_attach_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsInstance(volume, dict)
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_shelve_volume_2(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-2')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)
        self.assertIsInstance(volume, dict)
        self.assertIsNotNone(volume['id'])
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])

    def test_evacuate_volume_3(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual('BUILD', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'error', 'count': 83}
        self.assertEqual('ACTIVE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_resize_volume_4(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
