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

    def test_live_migrate_volume_0(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertFalse(volume['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(volume['status'] == 'MIGRATING')
        self.assertTrue(volume['status'] == 'ACTIVE')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ERROR', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertFalse(volume['id'] is None)
        self.assertEqual(volume.get('fault'), None)

    def test_create_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual(volume.get('fault'), None)
        volume['metadata'] = {'key': 'error', 'count': 9}
        self.assertTrue(volume['status'] == 'ERROR')
        self.assertIn('metadata', volume)
        self.assertFalse(volume['id'] is None)
        self.assertEquals('VERIFY_RESIZE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_lock_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual(volume.get('fault'), None)
        self.assertEquals('MIGRATING', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        self.assertEqual(volume.get('fault'), None)
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertEqual('MIGRATING', volume['status'])
        self.assertTrue(isinstance(volume, dict))

    def test_attach_volume_3(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertFalse(volume['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(volume['status'] == 'ERROR')
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertEqual('BUILD', volume['status'])
        self.assertFalse(volume['id'] is None)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEquals('SHUTOFF', volume['status'])

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
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-0')
        volume['metadata'] = {'key': 'shutoff', 'count': 56}
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        self.assertEqual(volume.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertTrue(volume['status'] == 'ERROR')
        self.assertIn('metadata', volume)
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_rescue_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertFalse(volume['id'] is None)
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_live_migrate_volume_2(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        volume['metadata'] = {'key': 'migrating', 'count': 4}
        self.assertFalse(volume['id'] is None)
        self.assertEquals('ACTIVE', volume['status'])
        self.assertTrue(volume['status'] == 'BUILD')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'shutoff', 'count': 43}
        self.assertEqual('ACTIVE', volume['status'])

    def test_resize_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        self.assertFalse(volume['id'] is None)
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertFalse(volume['id'] is None)
        self.assertEqual('VERIFY_RESIZE', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
