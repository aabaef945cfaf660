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


class VolumeLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rescue_volume_0(self):
        volume = self._create_volume(name='volume-0')
        volume['metadata'] = {'key': 'build', 'count': 33}
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('metadata', volume)
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsInstance(volume, dict)

    def test_delete_volume_1(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('SHUTOFF', volume['status'])

    def test_rescue_volume_2(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
