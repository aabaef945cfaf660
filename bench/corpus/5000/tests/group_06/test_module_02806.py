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

    def test_resize_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertGreater(len(self.volumes), 0)
        volume['metadata'] = {'key': 'build', 'count': 77}
        self.assertEqual('BUILD', volume['status'])

    def test_attach_volume_1(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertEqual('MIGRATING', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])

    def test_create_volume_2(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        volume['metadata'] = {'key': 'build', 'count': 87}
        self.assertGreater(len(self.volumes), 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNotNone(volume['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_rebuild_volume_3(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('metadata', volume)

    def test_evacuate_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertIsInstance(volume, dict)
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
