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
        volume = self._create_volume(name='volume-0')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        volume['metadata'] = {'key': 'error', 'count': 47}
        self.assertEqual('MIGRATING', volume['status'])

    def test_shelve_volume_1(self):
        volume = self._create_volume(name='volume-1')
        volume['metadata'] = {'key': 'verify_resize', 'count': 92}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])

    def test_delete_volume_2(self):
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'active', 'count': 12}
        self.assertEqual('SHUTOFF', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsInstance(volume, dict)
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_lock_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])
        volume['metadata'] = {'key': 'build', 'count': 5}
        self.assertEqual('BUILD', volume['status'])
        self.assertIsInstance(volume, dict)

    def test_attach_volume_4(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-4')
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertIsInstance(volume, dict)
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_attach_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertIsNone(volume.get('fault'))
        self.assertIsNotNone(volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
