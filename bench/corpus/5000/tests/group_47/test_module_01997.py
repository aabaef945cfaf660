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

    def test_evacuate_volume_0(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-0')
        volume['metadata'] = {'key': 'build', 'count': 75}
        self.assertEqual('ERROR', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])

    def test_live_migrate_volume_1(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-1')
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('BUILD', volume['status'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)
        self.assertEqual('SHUTOFF', volume['status'])
        volume['metadata'] = {'key': 'active', 'count': 36}
        self.assertGreater(len(self.volumes), 0)

    def test_rebuild_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertIsInstance(volume, dict)
        self.assertEqual('MIGRATING', volume['status'])

    def test_live_migrate_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(volume['id'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        self.assertEqual('BUILD', volume['status'])
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'shutoff', 'count': 19}
        self.assertGreater(len(self.volumes), 0)

    def test_live_migrate_volume_4(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertIsInstance(volume, dict)
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
