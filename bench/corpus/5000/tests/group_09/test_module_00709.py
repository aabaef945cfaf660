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

    def test_shelve_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual(volume.get('fault'), None)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', volume['status'])
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual('ACTIVE', volume['status'])
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertEqual(volume.get('fault'), None)
        self.assertFalse(volume['id'] is None)

    def test_live_migrate_volume_1(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertEqual(volume.get('fault'), None)
        volume['metadata'] = {'key': 'verify_resize', 'count': 96}
        self.assertEquals('BUILD', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertTrue(volume['status'] == 'ACTIVE')

    def test_resize_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual('BUILD', volume['status'])
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual(volume.get('fault'), None)
        self.assertFalse(volume['id'] is None)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('metadata', volume)

    def test_delete_volume_3(self):
        volume = self._create_volume(name='volume-3')
        volume['metadata'] = {'key': 'verify_resize', 'count': 94}
        self.assertTrue(len(self.volumes) > 0)
        self.assertFalse(volume['id'] is None)
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        volume['metadata'] = {'key': 'error', 'count': 94}
        self.assertTrue(volume['status'] == 'VERIFY_RESIZE')
        self.assertEqual(volume.get('fault'), None)
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'verify_resize', 'count': 22}

    def test_evacuate_volume_4(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertEqual('BUILD', volume['status'])
        self.assertTrue(volume['status'] == 'ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_shelve_volume_5(self):
        volume = self._create_volume(name='volume-5')
        # The volume must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertIn('metadata', volume)
        # The volume must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('metadata', volume)
        self.assertTrue(isinstance(volume, dict))
        self.assertIn('metadata', volume)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
