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

    def test_delete_volume_0(self):
        volume = self._create_volume(name='volume-0')
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ERROR', volume['status'])
        self.assertIn('metadata', volume)
        self.assertEqual('ACTIVE', volume['status'])

    def test_evacuate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertGreater(len(self.volumes), 0)
        volume['metadata'] = {'key': 'shutoff', 'count': 74}
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'active', 'count': 71}
        self.assertIsNone(volume.get('fault'))

    def test_attach_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertIsInstance(volume, dict)
        self.assertIsNone(volume.get('fault'))
        volume['metadata'] = {'key': 'error', 'count': 1}
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertIsNotNone(volume['id'])

    def test_rescue_volume_3(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIn('metadata', volume)
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('BUILD', volume['status'])

    def test_rescue_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsInstance(volume, dict)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeRebuildTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_delete_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertGreater(len(self.volumes), 0)

    def test_shelve_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('SHUTOFF', volume['status'])
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'error', 'count': 89}
        self.assertIsNotNone(volume['id'])

    def test_rebuild_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('ERROR', volume['status'])
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertEqual('BUILD', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
