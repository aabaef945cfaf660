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


class VolumeAttachTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_delete_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertIsNotNone(volume['id'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_live_migrate_volume_1(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertEqual('SHUTOFF', volume['status'])
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', volume['status'])
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertIsInstance(volume, dict)
        self.assertEqual('MIGRATING', volume['status'])

    def test_rescue_volume_2(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertIsNotNone(volume['id'])
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        self.assertIsInstance(volume, dict)
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('BUILD', volume['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_live_migrate_volume_3(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIsNone(volume.get('fault'))
        self.assertIsInstance(volume, dict)
        self.assertIsNone(volume.get('fault'))
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertIsInstance(volume, dict)

    def test_rebuild_volume_4(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('BUILD', volume['status'])

    def test_delete_volume_5(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-5')
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.volumes), 0)
        volume['metadata'] = {'key': 'build', 'count': 96}
        self.assertIsNone(volume.get('fault'))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
