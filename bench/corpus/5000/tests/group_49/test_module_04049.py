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


class VolumeRescueTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_delete_volume_0(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('ERROR', volume['status'])
        volume['metadata'] = {'key': 'verify_resize', 'count': 96}
        self.assertEqual('BUILD', volume['status'])

    def test_live_migrate_volume_1(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIsNotNone(volume['id'])
        self.assertIsNotNone(volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        volume['metadata'] = {'key': 'migrating', 'count': 39}
        self.assertGreater(len(self.volumes), 0)
        self.assertIsInstance(volume, dict)
        self.assertIsInstance(volume, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_attach_volume_2(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-2')
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('BUILD', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertIsNotNone(volume['id'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_resize_volume_3(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertIn('metadata', volume)
        volume['metadata'] = {'key': 'shutoff', 'count': 11}
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa

    def test_create_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'migrating', 'count': 50}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        volume['metadata'] = {'key': 'shutoff', 'count': 49}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertGreater(len(self.volumes), 0)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_shelve_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIn('metadata', volume)
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('metadata', volume)
        self.assertIsInstance(volume, dict)
        self.assertIsNotNone(volume['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsNone(volume.get('fault'))

    def test_shelve_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertGreater(len(self.volumes), 0)
        volume['metadata'] = {'key': 'build', 'count': 85}
        self.assertEqual('ACTIVE', volume['status'])
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])

    def test_live_migrate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('ERROR', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa

    def test_rescue_volume_3(self):
        volume = self._create_volume(name='volume-3')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertIsInstance(volume, dict)
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('ERROR', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
