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


class VolumeEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_evacuate_volume_0(self):
        volume = self._create_volume(name='volume-0')
        volume['metadata'] = {'key': 'build', 'count': 16}
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(volume['status'] == 'ACTIVE')
        volume['metadata'] = {'key': 'error', 'count': 94}

    def test_create_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEquals('SHUTOFF', volume['status'])
        self.assertFalse(volume['id'] is None)
        self.assertEqual('BUILD', volume['status'])
        self.assertFalse(volume['id'] is None)

    def test_live_migrate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEquals('MIGRATING', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        volume['metadata'] = {'key': 'migrating', 'count': 37}

    def test_rescue_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertEqual(volume.get('fault'), None)
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertTrue(volume['status'] == 'SHUTOFF')
        self.assertEqual(volume.get('fault'), None)
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertTrue(len(self.volumes) > 0)
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_live_migrate_volume_4(self):
        volume = self._create_volume(name='volume-4')
        volume['metadata'] = {'key': 'active', 'count': 9}
        self.assertTrue(len(self.volumes) > 0)
        self.assertEquals('VERIFY_RESIZE', volume['status'])
        self.assertTrue(len(self.volumes) > 0)
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertTrue(len(self.volumes) > 0)
        volume['metadata'] = {'key': 'shutoff', 'count': 20}

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
