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

    def test_rebuild_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual('MIGRATING', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        volume['metadata'] = {'key': 'build', 'count': 39}
        self.assertTrue(len(self.volumes) > 0)

    def test_evacuate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'BUILD')
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('metadata', volume)
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_live_migrate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertTrue(isinstance(volume, dict))
        self.assertFalse(volume['id'] is None)
        self.assertTrue(len(self.volumes) > 0)

    def test_resize_volume_3(self):
        volume = self._create_volume(name='volume-3')
        volume['metadata'] = {'key': 'error', 'count': 0}
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'error', 'count': 17}
        self.assertEquals('ACTIVE', volume['status'])
        self.assertFalse(volume['id'] is None)
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertEqual('VERIFY_RESIZE', volume['status'])

    def test_create_volume_4(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-4')
        volume['metadata'] = {'key': 'shutoff', 'count': 72}
        self.assertEqual('BUILD', volume['status'])
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_delete_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertTrue(volume['status'] == 'MIGRATING')
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual('MIGRATING', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        volume['metadata'] = {'key': 'build', 'count': 13}
        self.assertEqual('MIGRATING', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertFalse(volume['id'] is None)

    def test_shelve_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(len(self.volumes) > 0)
        self.assertIn('metadata', volume)
        self.assertEqual('MIGRATING', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertIn('metadata', volume)
        self.assertEqual(volume.get('fault'), None)
        self.assertEquals('BUILD', volume['status'])

    def test_shelve_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertFalse(volume['id'] is None)
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        volume['metadata'] = {'key': 'error', 'count': 86}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertIn('metadata', volume)

    def test_resize_volume_3(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual(volume.get('fault'), None)
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(volume['status'] == 'SHUTOFF')

    def test_delete_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertTrue(volume['status'] == 'VERIFY_RESIZE')
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        volume['metadata'] = {'key': 'build', 'count': 13}
        volume['metadata'] = {'key': 'error', 'count': 33}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_resize_volume_5(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-5')
        self.assertTrue(len(self.volumes) > 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertFalse(volume['id'] is None)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
