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

    def test_rescue_volume_0(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIn('metadata', volume)
        self.assertGreater(len(self.volumes), 0)
        self.assertGreater(len(self.volumes), 0)
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('ERROR', volume['status'])

    def test_evacuate_volume_1(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        volume['metadata'] = {'key': 'migrating', 'count': 85}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        volume['metadata'] = {'key': 'build', 'count': 4}
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNone(volume.get('fault'))

    def test_create_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIsInstance(volume, dict)
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNotNone(volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        volume['metadata'] = {'key': 'shutoff', 'count': 97}

    def test_shelve_volume_3(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-3')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('VERIFY_RESIZE', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeResizeTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rebuild_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ERROR', volume['status'])
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        volume['metadata'] = {'key': 'error', 'count': 12}
        volume['metadata'] = {'key': 'migrating', 'count': 72}
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNone(volume.get('fault'))

    def test_attach_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEqual('ERROR', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertIn('metadata', volume)
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertIn('metadata', volume)

    def test_delete_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertGreater(len(self.volumes), 0)
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
