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

    def test_shelve_volume_0(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual(volume.get('fault'), None)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_live_migrate_volume_1(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertEquals('BUILD', volume['status'])
        volume['metadata'] = {'key': 'active', 'count': 8}
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual('MIGRATING', volume['status'])
        self.assertFalse(volume['id'] is None)
        self.assertTrue(len(self.volumes) > 0)

    def test_lock_volume_2(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'build', 'count': 34}

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_delete_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        self.assertTrue(volume['status'] == 'SHUTOFF')
        self.assertFalse(volume['id'] is None)

    def test_evacuate_volume_1(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertTrue(volume['status'] == 'MIGRATING')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEquals('MIGRATING', volume['status'])
        self.assertTrue(len(self.volumes) > 0)

    def test_live_migrate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue(volume['status'] == 'MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_delete_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(len(self.volumes) > 0)
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(len(self.volumes) > 0)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
