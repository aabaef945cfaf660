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


class VolumeDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_attach_volume_0(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIsInstance(volume, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNotNone(volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        volume['metadata'] = {'key': 'migrating', 'count': 25}
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])

    def test_rebuild_volume_1(self):
        volume = self._create_volume(name='volume-1')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsInstance(volume, dict)

    def test_shelve_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('ACTIVE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('MIGRATING', volume['status'])
        volume['metadata'] = {'key': 'build', 'count': 8}
        self.assertIsNone(volume.get('fault'))
        volume['metadata'] = {'key': 'build', 'count': 69}
        self.assertIsInstance(volume, dict)

    def test_attach_volume_3(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertGreater(len(self.volumes), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsInstance(volume, dict)
        self.assertIsNotNone(volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
