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

    def test_attach_volume_0(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-0')
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'build', 'count': 76}
        self.assertEqual('BUILD', volume['status'])
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        self.assertEqual('ERROR', volume['status'])
        self.assertIn('metadata', volume)

    def test_rebuild_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'shutoff', 'count': 59}
        volume['metadata'] = {'key': 'verify_resize', 'count': 46}
        volume['metadata'] = {'key': 'error', 'count': 84}
        self.assertEqual('ERROR', volume['status'])
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'migrating', 'count': 20}
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_shelve_volume_2(self):
        volume = self._create_volume(name='volume-2')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertIn('metadata', volume)
        self.assertIsNone(volume.get('fault'))

    def test_live_migrate_volume_3(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_evacuate_volume_4(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertIn('metadata', volume)
        self.assertIsInstance(volume, dict)
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertEqual('BUILD', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 96}

    def test_attach_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_lock_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNotNone(volume['id'])
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEqual('BUILD', volume['status'])

    def test_rescue_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsNotNone(volume['id'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)

    def test_rescue_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIsInstance(volume, dict)
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('ACTIVE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])

    def test_create_volume_3(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-3')
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNone(volume.get('fault'))

    def test_rebuild_volume_4(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-4')
        volume['metadata'] = {'key': 'active', 'count': 51}
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        volume['metadata'] = {'key': 'verify_resize', 'count': 80}
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNone(volume.get('fault'))

    def test_shelve_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertEqual('ERROR', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
