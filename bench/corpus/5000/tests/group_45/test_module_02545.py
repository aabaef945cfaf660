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


class VolumeRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_shelve_volume_0(self):
        volume = self._create_volume(name='volume-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_evacuate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        volume['metadata'] = {'key': 'verify_resize', 'count': 26}
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNotNone(volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('metadata', volume)
        self.assertIsNone(volume.get('fault'))

    def test_live_migrate_volume_2(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertIsNone(volume.get('fault'))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIsInstance(volume, dict)
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_rescue_volume_3(self):
        volume = self._create_volume(name='volume-3')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsInstance(volume, dict)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeLockTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rebuild_volume_0(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIsInstance(volume, dict)
        self.assertEqual('ACTIVE', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 72}
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'shutoff', 'count': 97}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_create_volume_1(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        volume['metadata'] = {'key': 'migrating', 'count': 71}
        self.assertEqual('ACTIVE', volume['status'])

    def test_rescue_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIsNotNone(volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
