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

    def test_attach_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual('BUILD', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertIn('metadata', volume)
        self.assertEqual('MIGRATING', volume['status'])

    def test_live_migrate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsNone(volume.get('fault'))
        self.assertIsInstance(volume, dict)
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertIsNotNone(volume['id'])
        self.assertEqual('ERROR', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertGreater(len(self.volumes), 0)

    def test_resize_volume_2(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'shutoff', 'count': 49}
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertEqual('MIGRATING', volume['status'])

    def test_delete_volume_3(self):
        volume = self._create_volume(name='volume-3')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsNotNone(volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_create_volume_0(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-0')
        volume['metadata'] = {'key': 'shutoff', 'count': 89}
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('MIGRATING', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('BUILD', volume['status'])

    def test_resize_volume_1(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertEqual('ACTIVE', volume['status'])
        volume['metadata'] = {'key': 'error', 'count': 25}
        self.assertIsInstance(volume, dict)
        self.assertIsNone(volume.get('fault'))
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'migrating', 'count': 26}
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('metadata', volume)

    def test_live_migrate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIsNotNone(volume['id'])
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])

    def test_evacuate_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('MIGRATING', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        volume['metadata'] = {'key': 'migrating', 'count': 26}
        self.assertEqual('BUILD', volume['status'])

    def test_delete_volume_4(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('SHUTOFF', volume['status'])
        volume['metadata'] = {'key': 'verify_resize', 'count': 56}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertIsNotNone(volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
