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

    def test_live_migrate_volume_0(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertTrue(isinstance(volume, dict))
        self.assertIn('metadata', volume)
        self.assertFalse(volume['id'] is None)
        self.assertTrue(len(self.volumes) > 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ACTIVE', volume['status'])
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_evacuate_volume_1(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertEqual(volume.get('fault'), None)
        self.api.post_volume_action(volume['id'], {'attach': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertTrue(isinstance(volume, dict))
        self.assertFalse(volume['id'] is None)
        self.assertTrue(len(self.volumes) > 0)

    def test_shelve_volume_2(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual('BUILD', volume['status'])
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertTrue(volume['status'] == 'SHUTOFF')
        # The volume must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))

    def test_rescue_volume_3(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertFalse(volume['id'] is None)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
