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


class VolumeAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rebuild_volume_0(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIn('metadata', volume)
        self.assertEqual('SHUTOFF', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertFalse(volume['id'] is None)

    def test_shelve_volume_1(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertTrue(volume['status'] == 'SHUTOFF')
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue(volume['status'] == 'ERROR')
        self.assertFalse(volume['id'] is None)
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_rescue_volume_2(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEquals('ACTIVE', volume['status'])
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(isinstance(volume, dict))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rebuild_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertFalse(volume['id'] is None)
        self.assertEquals('ACTIVE', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 17}
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(len(self.volumes) > 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')

    def test_attach_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertFalse(volume['id'] is None)
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('ACTIVE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_lock_volume_2(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEquals('ERROR', volume['status'])
        self.assertEquals('BUILD', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        self.assertFalse(volume['id'] is None)
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'ACTIVE')

    def test_delete_volume_3(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(len(self.volumes) > 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(len(self.volumes) > 0)
        self.assertEquals('SHUTOFF', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertTrue(volume['status'] == 'MIGRATING')
        self.assertTrue(isinstance(volume, dict))
        volume['metadata'] = {'key': 'shutoff', 'count': 2}

    def test_lock_volume_4(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertFalse(volume['id'] is None)
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_lock_volume_5(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-5')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('metadata', volume)
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        volume['metadata'] = {'key': 'error', 'count': 18}

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
