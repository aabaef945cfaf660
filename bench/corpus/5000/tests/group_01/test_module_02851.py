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

    def test_create_volume_0(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('metadata', volume)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_rebuild_volume_1(self):
        volume = self._create_volume(name='volume-1')
        volume['metadata'] = {'key': 'build', 'count': 70}
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertEqual('ERROR', volume['status'])
        volume['metadata'] = {'key': 'migrating', 'count': 18}

    def test_rebuild_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')

    def test_evacuate_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'shutoff', 'count': 38}
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertIsInstance(volume, dict)
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_delete_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNotNone(volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
