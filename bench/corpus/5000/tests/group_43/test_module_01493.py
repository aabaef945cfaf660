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

    def test_create_volume_0(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('ERROR', volume['status'])
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('MIGRATING', volume['status'])

    def test_shelve_volume_1(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('ACTIVE', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_rebuild_volume_2(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertGreater(len(self.volumes), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', volume['status'])
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        volume['metadata'] = {'key': 'active', 'count': 3}

    def test_evacuate_volume_3(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual('ERROR', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)

    def test_resize_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('metadata', volume)
        self.assertEqual('SHUTOFF', volume['status'])
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertGreater(len(self.volumes), 0)

    def test_lock_volume_5(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-5')
        self.assertEqual('ERROR', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 27}
        self.assertIsNotNone(volume['id'])
        self.assertIsNone(volume.get('fault'))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
