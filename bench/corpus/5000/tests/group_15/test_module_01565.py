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

    def test_lock_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIn('metadata', volume)
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_lock_volume_1(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-1')
        volume['metadata'] = {'key': 'active', 'count': 56}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_delete_volume_2(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'verify_resize', 'count': 50}
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertIsNotNone(volume['id'])

    def test_shelve_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertGreater(len(self.volumes), 0)

    def test_rebuild_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        volume['metadata'] = {'key': 'error', 'count': 95}

    def test_attach_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeRescueTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_shelve_volume_0(self):
        volume = self._create_volume(name='volume-0')
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        volume['metadata'] = {'key': 'verify_resize', 'count': 82}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('BUILD', volume['status'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('MIGRATING', volume['status'])

    def test_rebuild_volume_1(self):
        volume = self._create_volume(name='volume-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_create_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('ERROR', volume['status'])
        self.assertIsInstance(volume, dict)
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_rebuild_volume_3(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)

    def test_attach_volume_4(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertIsInstance(volume, dict)
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertIn('metadata', volume)
        self.assertEqual('MIGRATING', volume['status'])
        self.assertGreater(len(self.volumes), 0)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
