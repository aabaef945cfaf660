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
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('metadata', volume)
        self.assertEqual('MIGRATING', volume['status'])
        self.assertTrue('ACTIVE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_live_migrate_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('ACTIVE', volume['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual(volume.get('fault'), None)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')

    def test_attach_volume_2(self):
        volume = self._create_volume(name='volume-2')
        # The volume must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        # The volume must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue(len(self.volumes) > 0)
        # The volume must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('MIGRATING', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertTrue(isinstance(volume, dict))

    def test_evacuate_volume_3(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-3')
        self.assertEqual('ERROR', volume['status'])
        self.assertTrue(volume['status'] == 'SHUTOFF')
        self.assertTrue(volume['status'] == 'SHUTOFF')
        self.assertTrue(len(self.volumes) > 0)

    def test_delete_volume_4(self):
        volume = self._create_volume(name='volume-4')
        volume['metadata'] = {'key': 'error', 'count': 12}
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertEqual('VERIFY_RESIZE', volume['status'])

    def test_resize_volume_5(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-5')
        # The volume must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual('ERROR', volume['status'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
