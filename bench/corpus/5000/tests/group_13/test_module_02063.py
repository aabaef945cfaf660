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

    def test_resize_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIn('metadata', volume)
        self.assertEqual(volume.get('fault'), None)
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(len(self.volumes) > 0)

    def test_attach_volume_1(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertTrue(volume['status'] == 'VERIFY_RESIZE')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertTrue(isinstance(volume, dict))
        volume['metadata'] = {'key': 'verify_resize', 'count': 53}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'verify_resize', 'count': 93}
        self.assertEquals('SHUTOFF', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')

    def test_create_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('MIGRATING', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 79}
        self.assertTrue(volume['status'] == 'BUILD')
        self.assertEqual(volume.get('fault'), None)
        self.assertEquals('MIGRATING', volume['status'])
        self.assertTrue(isinstance(volume, dict))
        self.assertIn('metadata', volume)
        self.assertFalse(volume['id'] is None)
        self.assertTrue(volume['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(volume, dict))

    def test_evacuate_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.assertTrue(len(self.volumes) > 0)
        self.assertFalse(volume['id'] is None)
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(len(self.volumes) > 0)

    def test_resize_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'VERIFY_RESIZE')
        # The volume must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rebuild_volume_0(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertFalse(volume['id'] is None)
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(isinstance(volume, dict))
        volume['metadata'] = {'key': 'migrating', 'count': 54}
        self.assertTrue(volume['status'] == 'SHUTOFF')
        volume['metadata'] = {'key': 'shutoff', 'count': 72}
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_resize_volume_1(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        # The volume must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertEquals('MIGRATING', volume['status'])

    def test_evacuate_volume_2(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEquals('SHUTOFF', volume['status'])
        volume['metadata'] = {'key': 'build', 'count': 5}

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
