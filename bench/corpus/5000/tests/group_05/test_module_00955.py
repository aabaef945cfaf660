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


class VolumeLiveMigrateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_lock_volume_0(self):
        # lock a volume and check its state
        volume = self._create_volume(name='volume-0')
        volume['metadata'] = {'key': 'migrating', 'count': 53}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ERROR', volume['status'])

    def test_rebuild_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('BUILD', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_rescue_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('ACTIVE', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIsNotNone(volume['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('ERROR', volume['status'])

    def test_attach_volume_3(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-3')
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertEqual('BUILD', volume['status'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertGreater(len(self.volumes), 0)
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('ACTIVE', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')

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
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIsNone(volume.get('fault'))

    def test_rebuild_volume_1(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        volume['metadata'] = {'key': 'build', 'count': 67}
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa

    def test_rescue_volume_2(self):
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsInstance(volume, dict)
        self.assertIsInstance(volume, dict)

    def test_attach_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'shutoff', 'count': 54}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertIsNone(volume.get('fault'))
        self.assertIsNotNone(volume['id'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
