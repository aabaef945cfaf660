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
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEquals('MIGRATING', volume['status'])
        volume['metadata'] = {'key': 'error', 'count': 9}
        self.assertEqual(volume.get('fault'), None)
        self.assertEquals('BUILD', volume['status'])
        self.assertTrue(volume['status'] == 'MIGRATING')
        # The volume must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(volume['status'] == 'MIGRATING')
        # The volume must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_resize_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(isinstance(volume, dict))
        # The volume must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertEqual('MIGRATING', volume['status'])
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa

    def test_rebuild_volume_2(self):
        volume = self._create_volume(name='volume-2')
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_rescue_volume_3(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIn('metadata', volume)
        self.assertTrue(volume['status'] == 'ERROR')
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('metadata', volume)
        self.assertEqual(volume.get('fault'), None)
        self.assertEqual('BUILD', volume['status'])

    def test_lock_volume_4(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertTrue(isinstance(volume, dict))
        volume['metadata'] = {'key': 'error', 'count': 12}
        self.assertEqual('MIGRATING', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')

    def test_rescue_volume_5(self):
        volume = self._create_volume(name='volume-5')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(len(self.volumes) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        volume['metadata'] = {'key': 'active', 'count': 36}
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        self.assertEqual(volume.get('fault'), None)
        self.assertEqual('ACTIVE', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_resize_volume_0(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertTrue(isinstance(volume, dict))
        self.assertIn('metadata', volume)
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual(volume.get('fault'), None)
        self.assertIn('metadata', volume)
        self.assertEqual(volume.get('fault'), None)
        self.assertEqual('MIGRATING', volume['status'])
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa

    def test_resize_volume_1(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertEqual(volume.get('fault'), None)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertIn('metadata', volume)
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'active', 'count': 9}
        self.assertIn('metadata', volume)
        self.assertEquals('ACTIVE', volume['status'])

    def test_live_migrate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIn('metadata', volume)
        self.assertFalse(volume['id'] is None)
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual('MIGRATING', volume['status'])

    def test_rebuild_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertEqual('ERROR', volume['status'])
        volume['metadata'] = {'key': 'verify_resize', 'count': 82}
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ERROR', volume['status'])
        self.assertTrue(isinstance(volume, dict))
        self.assertFalse(volume['id'] is None)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
