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

    def test_lock_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')

    def test_evacuate_volume_1(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('BUILD', volume['status'])
        self.assertTrue(isinstance(volume, dict))
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa

    def test_resize_volume_2(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-2')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa

    def test_evacuate_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual('BUILD', volume['status'])
        self.assertEquals('BUILD', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertFalse(volume['id'] is None)
        volume['metadata'] = {'key': 'shutoff', 'count': 99}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEquals('ERROR', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_lock_volume_0(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-0')
        volume['metadata'] = {'key': 'shutoff', 'count': 15}
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa

    def test_shelve_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertFalse(volume['id'] is None)
        self.assertEqual(volume.get('fault'), None)
        self.assertFalse(volume['id'] is None)
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'ERROR')

    def test_live_migrate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIn('metadata', volume)
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'BUILD')
        self.assertTrue(isinstance(volume, dict))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
