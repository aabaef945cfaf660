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

    def test_live_migrate_volume_0(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_attach_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertIn('metadata', volume)
        self.assertTrue(volume['status'] == 'SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual('BUILD', volume['status'])
        self.assertEquals('VERIFY_RESIZE', volume['status'])

    def test_shelve_volume_2(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-2')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertFalse(volume['id'] is None)
        self.assertEquals('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEquals('ERROR', volume['status'])

    def test_rescue_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertEquals('SHUTOFF', volume['status'])
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_lock_volume_4(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(len(self.volumes) > 0)
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(len(self.volumes) > 0)

    def test_rebuild_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertFalse(volume['id'] is None)
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(len(self.volumes) > 0)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
