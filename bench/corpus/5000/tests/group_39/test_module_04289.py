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

    def test_rescue_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual('ERROR', volume['status'])
        self.assertTrue(len(self.volumes) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(isinstance(volume, dict))
        self.assertFalse(volume['id'] is None)
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'active', 'count': 1}

    def test_create_volume_1(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-1')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertTrue(len(self.volumes) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_create_volume_2(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEquals('SHUTOFF', volume['status'])
        self.assertEquals('VERIFY_RESIZE', volume['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_attach_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('metadata', volume)
        self.assertTrue(len(self.volumes) > 0)
        self.assertEquals('BUILD', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        volume['metadata'] = {'key': 'build', 'count': 89}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_create_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertFalse(volume['id'] is None)
        self.assertTrue(len(self.volumes) > 0)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
