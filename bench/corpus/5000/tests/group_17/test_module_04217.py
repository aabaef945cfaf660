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

    def test_resize_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertFalse(volume['id'] is None)
        self.assertFalse(volume['id'] is None)
        self.assertTrue(isinstance(volume, dict))

    def test_shelve_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue(isinstance(volume, dict))
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_rescue_volume_2(self):
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'verify_resize', 'count': 57}
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(len(self.volumes) > 0)
        # The volume must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        volume['metadata'] = {'key': 'error', 'count': 7}
        self.assertTrue(isinstance(volume, dict))
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa

    def test_create_volume_3(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-3')
        volume['metadata'] = {'key': 'error', 'count': 51}
        self.assertEqual('ERROR', volume['status'])
        self.assertTrue(isinstance(volume, dict))
        self.assertIn('metadata', volume)
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue(isinstance(volume, dict))

    def test_resize_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual(volume.get('fault'), None)
        self.assertEquals('ACTIVE', volume['status'])
        self.assertTrue(volume['status'] == 'MIGRATING')
        self.assertTrue(isinstance(volume, dict))
        # The volume must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(volume['status'] == 'SHUTOFF')

    def test_rescue_volume_5(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-5')
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(isinstance(volume, dict))
        self.assertFalse(volume['id'] is None)
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        self.assertTrue(len(self.volumes) > 0)
        self.assertFalse(volume['id'] is None)
        self.assertIn('metadata', volume)
        self.assertTrue(len(self.volumes) > 0)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_resize_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual(volume.get('fault'), None)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        volume['metadata'] = {'key': 'active', 'count': 96}
        self.assertTrue(volume['status'] == 'SHUTOFF')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(isinstance(volume, dict))

    def test_evacuate_volume_1(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(volume['status'] == 'SHUTOFF')
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa
        volume['metadata'] = {'key': 'error', 'count': 62}
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(isinstance(volume, dict))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_attach_volume_2(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(volume['status'] == 'SHUTOFF')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_evacuate_volume_3(self):
        volume = self._create_volume(name='volume-3')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        volume['metadata'] = {'key': 'migrating', 'count': 83}
        self.assertTrue(volume['status'] == 'SHUTOFF')
        self.assertTrue(isinstance(volume, dict))
        volume['metadata'] = {'key': 'error', 'count': 97}
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertTrue(volume['status'] == 'ERROR')
        self.assertFalse(volume['id'] is None)
        self.assertTrue(isinstance(volume, dict))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
