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


class VolumeRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_delete_volume_0(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-0')
        volume['metadata'] = {'key': 'error', 'count': 71}
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_rebuild_volume_1(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        self.assertTrue(isinstance(volume, dict))
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertEquals('BUILD', volume['status'])

    def test_shelve_volume_2(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertFalse(volume['id'] is None)
        self.assertEqual(volume.get('fault'), None)
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_delete_volume_3(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-3')
        volume['metadata'] = {'key': 'error', 'count': 4}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIn('metadata', volume)
        self.assertTrue(volume['status'] == 'ERROR')
        self.assertEquals('MIGRATING', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')

    def test_attach_volume_4(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(volume['status'] == 'BUILD')
        self.assertEqual(volume.get('fault'), None)
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertEquals('SHUTOFF', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 12}

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_evacuate_volume_0(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertTrue(volume['status'] == 'VERIFY_RESIZE')
        self.assertTrue(volume['status'] == 'BUILD')
        self.assertTrue(volume['status'] == 'BUILD')
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ERROR', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('metadata', volume)

    def test_rescue_volume_1(self):
        volume = self._create_volume(name='volume-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEquals('ERROR', volume['status'])
        volume['metadata'] = {'key': 'error', 'count': 90}
        volume['metadata'] = {'key': 'build', 'count': 36}
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertEqual(volume.get('fault'), None)
        self.assertFalse(volume['id'] is None)

    def test_delete_volume_2(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-2')
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_resize_volume_3(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual(volume.get('fault'), None)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertEquals('MIGRATING', volume['status'])
        self.assertFalse(volume['id'] is None)
        self.assertEqual(volume.get('fault'), None)
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ERROR', volume['status'])
        self.assertFalse(volume['id'] is None)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
