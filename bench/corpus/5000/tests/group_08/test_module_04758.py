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


class VolumeEvacuateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rebuild_volume_0(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-0')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)

    def test_attach_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsNotNone(volume['id'])
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('metadata', volume)
        self.assertEqual('ACTIVE', volume['status'])

    def test_attach_volume_2(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_shelve_volume_0(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('ERROR', volume['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertGreater(len(self.volumes), 0)
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_resize_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsNotNone(volume['id'])
        self.assertEqual('ERROR', volume['status'])
        volume['metadata'] = {'key': 'migrating', 'count': 9}
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_lock_volume_2(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEqual('SHUTOFF', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 14}
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsInstance(volume, dict)
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        volume['metadata'] = {'key': 'active', 'count': 41}
        self.assertEqual('BUILD', volume['status'])
        self.assertIsNone(volume.get('fault'))

    def test_rescue_volume_3(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIsInstance(volume, dict)
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa

    def test_resize_volume_4(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertIsNone(volume.get('fault'))
        self.assertIsNotNone(volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
