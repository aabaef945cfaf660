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
        # attach a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertTrue(len(self.volumes) > 0)
        volume['metadata'] = {'key': 'shutoff', 'count': 11}
        self.assertFalse(volume['id'] is None)
        self.assertTrue(volume['status'] == 'MIGRATING')
        self.assertTrue(len(self.volumes) > 0)
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')

    def test_delete_volume_1(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        volume['metadata'] = {'key': 'error', 'count': 38}
        self.assertIn('metadata', volume)

    def test_attach_volume_2(self):
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertTrue(len(self.volumes) > 0)
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertFalse(volume['id'] is None)
        self.assertFalse(volume['id'] is None)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_create_volume_0(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIn('metadata', volume)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertEquals('ACTIVE', volume['status'])
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertTrue(volume['status'] == 'SHUTOFF')

    def test_delete_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertTrue(volume['status'] == 'BUILD')
        self.assertEquals('ERROR', volume['status'])
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'active', 'count': 21}
        self.assertEquals('SHUTOFF', volume['status'])
        self.assertTrue(isinstance(volume, dict))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')

    def test_evacuate_volume_2(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual('SHUTOFF', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(volume['status'] == 'VERIFY_RESIZE')

    def test_evacuate_volume_3(self):
        volume = self._create_volume(name='volume-3')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEquals('ERROR', volume['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertEqual('MIGRATING', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_rebuild_volume_4(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-4')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertEqual(volume.get('fault'), None)
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
