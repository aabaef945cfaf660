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
        self.assertEqual('ERROR', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertIsNotNone(volume['id'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)

    def test_delete_volume_1(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIsNone(volume.get('fault'))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNone(volume.get('fault'))

    def test_resize_volume_2(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('BUILD', volume['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_shelve_volume_0(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-0')
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('metadata', volume)
        self.assertEqual('ACTIVE', volume['status'])

    def test_resize_volume_1(self):
        volume = self._create_volume(name='volume-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])
        self.assertIn('metadata', volume)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('metadata', volume)
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)
        self.assertEqual('ERROR', volume['status'])

    def test_delete_volume_2(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertIsInstance(volume, dict)

    def test_live_migrate_volume_3(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIn('metadata', volume)
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertIsInstance(volume, dict)
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_attach_volume_4(self):
        volume = self._create_volume(name='volume-4')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertEqual('SHUTOFF', volume['status'])
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsInstance(volume, dict)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
