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

    def test_attach_volume_0(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('ACTIVE', volume['status'])
        volume['metadata'] = {'key': 'migrating', 'count': 75}

    def test_resize_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertIsInstance(volume, dict)
        self.assertEqual('SHUTOFF', volume['status'])

    def test_delete_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('BUILD', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_rescue_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertIsInstance(volume, dict)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertEqual('SHUTOFF', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('SHUTOFF', volume['status'])
        volume['metadata'] = {'key': 'error', 'count': 43}

    def test_live_migrate_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('ERROR', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertIsNotNone(volume['id'])
        self.assertIsNone(volume.get('fault'))
        self.assertIsNotNone(volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_lock_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIsNone(volume.get('fault'))
        volume['metadata'] = {'key': 'shutoff', 'count': 7}
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)

    def test_evacuate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertGreater(len(self.volumes), 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'migrating', 'count': 94}
        self.assertIn('metadata', volume)
        self.assertIsInstance(volume, dict)

    def test_attach_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])

    def test_lock_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        volume['metadata'] = {'key': 'shutoff', 'count': 96}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertIn('metadata', volume)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
