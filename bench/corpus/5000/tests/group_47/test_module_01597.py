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

    def test_evacuate_volume_0(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_shelve_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsNotNone(volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertIn('metadata', volume)
        self.assertIsNotNone(volume['id'])

    def test_live_migrate_volume_2(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_live_migrate_volume_3(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('metadata', volume)

    def test_create_volume_4(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeEvacuateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_resize_volume_0(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-0')
        volume['metadata'] = {'key': 'shutoff', 'count': 42}
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('ERROR', volume['status'])
        volume['metadata'] = {'key': 'error', 'count': 37}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_rescue_volume_1(self):
        volume = self._create_volume(name='volume-1')
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNone(volume.get('fault'))

    def test_delete_volume_2(self):
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'active', 'count': 51}
        self.assertEqual('BUILD', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.assertGreater(len(self.volumes), 0)

    def test_create_volume_3(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNone(volume.get('fault'))
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsInstance(volume, dict)

    def test_rescue_volume_4(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
