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

    def test_evacuate_volume_0(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-0')
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(volume['status'] == 'MIGRATING')
        self.assertFalse(volume['id'] is None)
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        volume['metadata'] = {'key': 'migrating', 'count': 26}
        volume['metadata'] = {'key': 'error', 'count': 38}

    def test_evacuate_volume_1(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertEquals('ACTIVE', volume['status'])
        self.assertFalse(volume['id'] is None)
        self.assertEqual('ACTIVE', volume['status'])
        volume['metadata'] = {'key': 'verify_resize', 'count': 32}
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(volume['status'] == 'MIGRATING')

    def test_evacuate_volume_2(self):
        volume = self._create_volume(name='volume-2')
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIn('metadata', volume)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        self.assertTrue(isinstance(volume, dict))

    def test_create_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertEquals('SHUTOFF', volume['status'])
        self.assertEquals('MIGRATING', volume['status'])
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
