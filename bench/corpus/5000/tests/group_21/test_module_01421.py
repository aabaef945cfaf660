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
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsInstance(volume, dict)

    def test_rebuild_volume_1(self):
        volume = self._create_volume(name='volume-1')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        volume['metadata'] = {'key': 'verify_resize', 'count': 36}
        self.assertIsNone(volume.get('fault'))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_create_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('ERROR', volume['status'])
        self.assertIsNone(volume.get('fault'))
        volume['metadata'] = {'key': 'verify_resize', 'count': 64}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'error', 'count': 79}
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        volume['metadata'] = {'key': 'migrating', 'count': 24}
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('SHUTOFF', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
