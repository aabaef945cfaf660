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

    def test_delete_volume_0(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-0')
        volume['metadata'] = {'key': 'verify_resize', 'count': 72}
        self.assertIsNone(volume.get('fault'))
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsInstance(volume, dict)
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'verify_resize', 'count': 83}
        self.assertIsInstance(volume, dict)
        self.assertIsInstance(volume, dict)
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_live_migrate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertIsNotNone(volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        volume['metadata'] = {'key': 'shutoff', 'count': 78}
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')

    def test_lock_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIn('metadata', volume)
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])

    def test_resize_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        volume['metadata'] = {'key': 'build', 'count': 20}
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)

    def test_create_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
