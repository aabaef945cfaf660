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


class VolumeEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_attach_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual(volume.get('fault'), None)
        self.assertFalse(volume['id'] is None)
        self.assertIn('metadata', volume)
        self.assertTrue(len(self.volumes) > 0)

    def test_lock_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual('ERROR', volume['status'])

    def test_shelve_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIn('metadata', volume)
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue(volume['status'] == 'MIGRATING')
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertFalse(volume['id'] is None)
        self.assertTrue(len(self.volumes) > 0)

    def test_attach_volume_3(self):
        volume = self._create_volume(name='volume-3')
        volume['metadata'] = {'key': 'build', 'count': 63}
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertTrue(volume['status'] == 'BUILD')
        self.assertEqual('BUILD', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'SHUTOFF')

    def test_lock_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertTrue(volume['status'] == 'BUILD')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(len(self.volumes) > 0)
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        volume['metadata'] = {'key': 'active', 'count': 65}
        self.assertFalse(volume['id'] is None)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertTrue(len(self.volumes) > 0)
        self.assertEquals('ERROR', volume['status'])

    def test_resize_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertTrue(len(self.volumes) > 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
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

    def test_resize_volume_0(self):
        volume = self._create_volume(name='volume-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual(volume.get('fault'), None)
        self.assertEqual(volume.get('fault'), None)
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa

    def test_create_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertTrue(volume['status'] == 'ERROR')
        self.assertTrue(isinstance(volume, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEquals('BUILD', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual(volume.get('fault'), None)
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertEqual(volume.get('fault'), None)

    def test_evacuate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertTrue(volume['status'] == 'VERIFY_RESIZE')
        self.assertEquals('SHUTOFF', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_lock_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertEquals('ACTIVE', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        self.assertFalse(volume['id'] is None)
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertEqual('MIGRATING', volume['status'])
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa

    def test_attach_volume_4(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertEquals('MIGRATING', volume['status'])
        self.assertEquals('ACTIVE', volume['status'])
        self.assertEquals('VERIFY_RESIZE', volume['status'])
        volume['metadata'] = {'key': 'verify_resize', 'count': 62}
        self.assertFalse(volume['id'] is None)
        self.assertIn('metadata', volume)
        self.assertEquals('ERROR', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 8}

    def test_evacuate_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('ERROR', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
