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

    def test_create_volume_0(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('MIGRATING', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIsNotNone(volume['id'])
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa
        self.assertEqual('ACTIVE', volume['status'])
        volume['metadata'] = {'key': 'migrating', 'count': 33}
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa

    def test_delete_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsNone(volume.get('fault'))
        self.assertIsNotNone(volume['id'])
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertGreater(len(self.volumes), 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_shelve_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 0}
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertIsInstance(volume, dict)

    def test_shelve_volume_3(self):
        volume = self._create_volume(name='volume-3')
        volume['metadata'] = {'key': 'active', 'count': 25}
        self.assertEqual('SHUTOFF', volume['status'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_evacuate_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertIsInstance(volume, dict)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa

    def test_rescue_volume_5(self):
        volume = self._create_volume(name='volume-5')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertGreater(len(self.volumes), 0)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeDeleteTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rescue_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIsNotNone(volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertIsNotNone(volume['id'])
        self.assertIsInstance(volume, dict)
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa

    def test_delete_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('ACTIVE', volume['status'])
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])

    def test_evacuate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
