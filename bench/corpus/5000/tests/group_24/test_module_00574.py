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


class VolumeResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rebuild_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertTrue(isinstance(volume, dict))
        self.assertFalse(volume['id'] is None)
        self.assertIn('metadata', volume)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'BUILD')

    def test_delete_volume_1(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-1')
        # The volume must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual(volume.get('fault'), None)
        volume['metadata'] = {'key': 'verify_resize', 'count': 70}

    def test_evacuate_volume_2(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'error', 'count': 33}
        self.assertEqual(volume.get('fault'), None)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertTrue(volume['status'] == 'BUILD')
        self.assertFalse(volume['id'] is None)
        self.assertEquals('MIGRATING', volume['status'])

    def test_resize_volume_3(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-3')
        volume['metadata'] = {'key': 'shutoff', 'count': 81}
        self.assertTrue(volume['status'] == 'MIGRATING')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_delete_volume_0(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertFalse(volume['id'] is None)
        self.assertFalse(volume['id'] is None)
        self.assertEqual(volume.get('fault'), None)

    def test_delete_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEquals('BUILD', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_shelve_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertTrue(len(self.volumes) > 0)
        self.assertFalse(volume['id'] is None)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        # The volume must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertTrue(isinstance(volume, dict))
        self.assertFalse(volume['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_shelve_volume_3(self):
        volume = self._create_volume(name='volume-3')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(volume['status'] == 'SHUTOFF')
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertTrue(volume['status'] == 'BUILD')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_lock_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertTrue(len(self.volumes) > 0)
        self.assertIn('metadata', volume)
        self.assertTrue(len(self.volumes) > 0)
        # The volume must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual(volume.get('fault'), None)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
