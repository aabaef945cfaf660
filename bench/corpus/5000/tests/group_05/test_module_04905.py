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

    def test_evacuate_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertGreater(len(self.volumes), 0)

    def test_shelve_volume_1(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNotNone(volume['id'])

    def test_evacuate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertGreater(len(self.volumes), 0)
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa

    def test_delete_volume_3(self):
        volume = self._create_volume(name='volume-3')
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])
        self.assertIn('metadata', volume)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
