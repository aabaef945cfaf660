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


class VolumeCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_create_volume_0(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('BUILD', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsInstance(volume, dict)
        self.assertIsInstance(volume, dict)
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa

    def test_delete_volume_1(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'verify_resize', 'count': 0}
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa

    def test_lock_volume_2(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'verify_resize', 'count': 2}
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_resize_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

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
        # lock a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('ACTIVE', volume['status'])
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'build', 'count': 75}
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('BUILD', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertGreater(len(self.volumes), 0)
        self.assertGreater(len(self.volumes), 0)

    def test_evacuate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('ERROR', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        volume['metadata'] = {'key': 'migrating', 'count': 23}
        self.assertEqual('ACTIVE', volume['status'])

    def test_delete_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'verify_resize', 'count': 30}
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)

    def test_shelve_volume_3(self):
        volume = self._create_volume(name='volume-3')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        volume['metadata'] = {'key': 'error', 'count': 46}
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'active', 'count': 67}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertIsNotNone(volume['id'])

    def test_shelve_volume_4(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertEqual('ERROR', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertEqual('MIGRATING', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
