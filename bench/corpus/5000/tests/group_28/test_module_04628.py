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

    def test_delete_volume_0(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-0')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_evacuate_volume_1(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')

    def test_evacuate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIsInstance(volume, dict)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_evacuate_volume_0(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])

    def test_live_migrate_volume_1(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-1')
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('metadata', volume)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertIsInstance(volume, dict)

    def test_delete_volume_2(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-2')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertIsNotNone(volume['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_live_migrate_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIsNotNone(volume['id'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        volume['metadata'] = {'key': 'build', 'count': 70}
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
