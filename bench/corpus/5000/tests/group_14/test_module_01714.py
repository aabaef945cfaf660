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

    def test_delete_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIsNotNone(volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertEqual('BUILD', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('ERROR', volume['status'])

    def test_rescue_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsNotNone(volume['id'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))

    def test_shelve_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('ERROR', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        volume['metadata'] = {'key': 'build', 'count': 90}
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')

    def test_live_migrate_volume_3(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIsInstance(volume, dict)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertIsNotNone(volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])

    def test_rebuild_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIn('metadata', volume)
        self.assertEqual('ACTIVE', volume['status'])
        volume['metadata'] = {'key': 'error', 'count': 89}
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)

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
        # delete a volume and check its state
        volume = self._create_volume(name='volume-0')
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        volume['metadata'] = {'key': 'shutoff', 'count': 35}
        self.assertIsInstance(volume, dict)
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('ERROR', volume['status'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        volume['metadata'] = {'key': 'error', 'count': 78}
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_shelve_volume_1(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIsInstance(volume, dict)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_delete_volume_2(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('ERROR', volume['status'])
        self.assertIsNotNone(volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')

    def test_resize_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIsNone(volume.get('fault'))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertIn('metadata', volume)
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_rescue_volume_4(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertIsInstance(volume, dict)
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('ERROR', volume['status'])
        self.assertGreater(len(self.volumes), 0)

    def test_evacuate_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
