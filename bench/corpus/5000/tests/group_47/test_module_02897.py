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


class VolumeCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_delete_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')

    def test_rescue_volume_1(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        self.assertIsInstance(volume, dict)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertEqual('ACTIVE', volume['status'])

    def test_rebuild_volume_2(self):
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)
        self.assertGreater(len(self.volumes), 0)
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
