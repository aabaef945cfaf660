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


class VolumeDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rebuild_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual('ERROR', volume['status'])
        volume['metadata'] = {'key': 'error', 'count': 58}
        self.assertEqual('SHUTOFF', volume['status'])
        volume['metadata'] = {'key': 'build', 'count': 95}
        volume['metadata'] = {'key': 'verify_resize', 'count': 3}
        self.assertEqual('BUILD', volume['status'])
        volume['metadata'] = {'key': 'error', 'count': 80}

    def test_shelve_volume_1(self):
        volume = self._create_volume(name='volume-1')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa
        volume['metadata'] = {'key': 'verify_resize', 'count': 32}
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('BUILD', volume['status'])

    def test_live_migrate_volume_2(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-2')
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNone(volume.get('fault'))
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def test_delete_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIn('metadata', volume)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIn('MIGRATING', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertGreater(len(self.volumes), 0)
        self.assertGreater(len(self.volumes), 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')

    def test_delete_volume_4(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertIsInstance(volume, dict)
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIn('metadata', volume)

    def test_live_migrate_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertIn('metadata', volume)
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
