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


class VolumeLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_create_volume_0(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertGreater(len(self.volumes), 0)

    def test_attach_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsInstance(volume, dict)
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'error', 'count': 15}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertEqual('BUILD', volume['status'])
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_attach_volume_2(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEqual('MIGRATING', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')

    def test_resize_volume_3(self):
        volume = self._create_volume(name='volume-3')
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        volume['metadata'] = {'key': 'active', 'count': 89}
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')

    def test_shelve_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('BUILD', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertIn('metadata', volume)

    def test_attach_volume_5(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-5')
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'active', 'count': 90}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertIn('metadata', volume)
        self.assertIsInstance(volume, dict)
        self.assertIsNotNone(volume['id'])
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
