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

    def test_delete_volume_0(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIsNotNone(volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])
        self.assertIsNone(volume.get('fault'))
        self.assertIsNotNone(volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsInstance(volume, dict)

    def test_resize_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('BUILD', volume['status'])
        self.assertIn('metadata', volume)
        self.assertIsInstance(volume, dict)
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])

    def test_shelve_volume_2(self):
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'verify_resize', 'count': 17}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'active', 'count': 39}

    def test_resize_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])
        self.assertIsInstance(volume, dict)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
