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

    def test_live_migrate_volume_0(self):
        volume = self._create_volume(name='volume-0')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_create_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNone(volume.get('fault'))

    def test_lock_volume_2(self):
        volume = self._create_volume(name='volume-2')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        volume['metadata'] = {'key': 'error', 'count': 60}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_create_volume_3(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        volume['metadata'] = {'key': 'active', 'count': 49}
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_create_volume_0(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIn('metadata', volume)
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ERROR', volume['status'])
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertIsNone(volume.get('fault'))
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_delete_volume_1(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-1')
        volume['metadata'] = {'key': 'shutoff', 'count': 16}
        self.assertEqual('ERROR', volume['status'])
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsInstance(volume, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_live_migrate_volume_2(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'build', 'count': 23}
        self.assertGreater(len(self.volumes), 0)
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'error', 'count': 72}
        self.assertIn('metadata', volume)
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        volume['metadata'] = {'key': 'migrating', 'count': 12}

    def test_rebuild_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', volume['status'])

    def test_live_migrate_volume_4(self):
        volume = self._create_volume(name='volume-4')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertEqual('ERROR', volume['status'])
        self.assertIsNone(volume.get('fault'))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa

    def test_live_migrate_volume_5(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-5')
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'shutoff', 'count': 62}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNone(volume.get('fault'))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
