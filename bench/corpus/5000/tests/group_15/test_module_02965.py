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


class VolumeCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_shelve_volume_0(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNone(volume.get('fault'))
        volume['metadata'] = {'key': 'verify_resize', 'count': 33}
        self.assertIsNotNone(volume['id'])

    def test_live_migrate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNone(volume.get('fault'))
        self.assertIn('metadata', volume)
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('ACTIVE', volume['status'])

    def test_attach_volume_2(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'shutoff', 'count': 44}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertIsNone(volume.get('fault'))
        self.assertIsInstance(volume, dict)
        self.assertIsNotNone(volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
