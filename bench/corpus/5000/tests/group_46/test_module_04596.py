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
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNone(volume.get('fault'))
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')

    def test_rebuild_volume_1(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])

    def test_evacuate_volume_2(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertIsNone(volume.get('fault'))
        volume['metadata'] = {'key': 'error', 'count': 44}
        self.assertIn('metadata', volume)
        self.assertIsInstance(volume, dict)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])

    def test_create_volume_3(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual('BUILD', volume['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertEqual('SHUTOFF', volume['status'])
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa

    def test_evacuate_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertIsNone(volume.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('metadata', volume)
        self.assertIsNone(volume.get('fault'))
        self.assertIsInstance(volume, dict)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'shutoff', 'count': 80}

    def test_rebuild_volume_5(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-5')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNone(volume.get('fault'))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeLiveMigrateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_delete_volume_0(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-0')
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('ACTIVE', volume['status'])

    def test_live_migrate_volume_1(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIsInstance(volume, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_delete_volume_2(self):
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])
        self.assertIn('metadata', volume)
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)

    def test_create_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIsInstance(volume, dict)
        self.assertEqual('ERROR', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertIsNotNone(volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('ERROR', volume['status'])

    def test_live_migrate_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('MIGRATING', volume['status'])
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa
        self.assertIsNone(volume.get('fault'))
        self.assertGreater(len(self.volumes), 0)
        volume['metadata'] = {'key': 'error', 'count': 3}
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertGreater(len(self.volumes), 0)

    def test_evacuate_volume_5(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-5')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        volume['metadata'] = {'key': 'build', 'count': 24}
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'error', 'count': 49}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
