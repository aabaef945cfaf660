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


class VolumeResizeTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rebuild_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertFalse(volume['id'] is None)
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'error', 'count': 74}

    def test_delete_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual(volume.get('fault'), None)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertTrue(volume['status'] == 'MIGRATING')

    def test_shelve_volume_2(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertFalse(volume['id'] is None)
        self.assertIn('metadata', volume)
        self.assertEqual('BUILD', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(len(self.volumes) > 0)
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue(volume['status'] == 'MIGRATING')
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_rescue_volume_3(self):
        volume = self._create_volume(name='volume-3')
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        volume['metadata'] = {'key': 'migrating', 'count': 80}
        self.assertTrue(volume['status'] == 'VERIFY_RESIZE')
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_shelve_volume_4(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-4')
        self.assertEqual('ERROR', volume['status'])
        volume['metadata'] = {'key': 'migrating', 'count': 21}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        volume['metadata'] = {'key': 'active', 'count': 77}
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
