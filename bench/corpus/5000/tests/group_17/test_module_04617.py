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
        self.assertIsInstance(volume, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])

    def test_attach_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertGreater(len(self.volumes), 0)
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])

    def test_create_volume_2(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNone(volume.get('fault'))
        self.assertGreater(len(self.volumes), 0)

    def test_rescue_volume_3(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-3')
        volume['metadata'] = {'key': 'migrating', 'count': 73}
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)

    def test_shelve_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('ACTIVE', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('SHUTOFF', volume['status'])
        volume['metadata'] = {'key': 'migrating', 'count': 78}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')

    def test_resize_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertIsNone(volume.get('fault'))
        self.assertIsInstance(volume, dict)
        self.assertEqual('ERROR', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_evacuate_volume_0(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIsInstance(volume, dict)
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('ACTIVE', volume['status'])

    def test_rescue_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'error', 'count': 55}
        self.assertIsNone(volume.get('fault'))
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIsNone(volume.get('fault'))
        self.assertGreater(len(self.volumes), 0)

    def test_shelve_volume_2(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-2')
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        self.assertIsNotNone(volume['id'])
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'migrating', 'count': 68}

    def test_lock_volume_3(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-3')
        volume['metadata'] = {'key': 'migrating', 'count': 85}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'error', 'count': 64}
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNotNone(volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
