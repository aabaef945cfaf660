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

    def test_lock_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual(volume.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', volume['status'])

    def test_rebuild_volume_1(self):
        volume = self._create_volume(name='volume-1')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertTrue(volume['status'] == 'ERROR')
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue(len(self.volumes) > 0)
        self.assertFalse(volume['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'active', 'count': 95}
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_resize_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertTrue(len(self.volumes) > 0)
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertTrue(isinstance(volume, dict))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(volume['status'] == 'ERROR')

    def test_shelve_volume_3(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEquals('BUILD', volume['status'])
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.assertEqual(volume.get('fault'), None)
        self.assertEqual(volume.get('fault'), None)

    def test_evacuate_volume_4(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertTrue(volume['status'] == 'MIGRATING')
        self.assertTrue(len(self.volumes) > 0)
        self.assertEquals('VERIFY_RESIZE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', volume['status'])
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')

    def test_rescue_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertEqual(volume.get('fault'), None)
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        volume['metadata'] = {'key': 'migrating', 'count': 56}

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
