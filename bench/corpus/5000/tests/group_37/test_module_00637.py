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


class VolumeLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_lock_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        self.assertTrue(len(self.volumes) > 0)
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_rescue_volume_1(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(len(self.volumes) > 0)

    def test_lock_volume_2(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual(volume.get('fault'), None)
        self.assertEquals('SHUTOFF', volume['status'])
        self.assertEquals('ACTIVE', volume['status'])
        # The volume must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(len(self.volumes) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_delete_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertEquals('BUILD', volume['status'])
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'error', 'count': 98}
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'active', 'count': 73}
        self.assertTrue(isinstance(volume, dict))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_create_volume_0(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(len(self.volumes) > 0)
        # The volume must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_evacuate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertTrue(isinstance(volume, dict))
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.assertTrue(volume['status'] == 'SHUTOFF')

    def test_lock_volume_2(self):
        volume = self._create_volume(name='volume-2')
        # The volume must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertFalse(volume['id'] is None)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_rescue_volume_3(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(volume['status'] == 'SHUTOFF')
        volume['metadata'] = {'key': 'migrating', 'count': 37}
        self.assertTrue(volume['status'] == 'VERIFY_RESIZE')
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertEqual(volume.get('fault'), None)
        self.assertEquals('VERIFY_RESIZE', volume['status'])

    def test_rebuild_volume_4(self):
        volume = self._create_volume(name='volume-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)
        self.assertTrue(volume['status'] == 'ERROR')
        self.assertTrue(volume['status'] == 'VERIFY_RESIZE')
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(isinstance(volume, dict))
        self.assertFalse(volume['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertFalse(volume['id'] is None)
        self.assertTrue(len(self.volumes) > 0)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
