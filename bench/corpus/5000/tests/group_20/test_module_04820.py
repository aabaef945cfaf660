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


class VolumeRebuildTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_delete_volume_0(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        volume['metadata'] = {'key': 'shutoff', 'count': 87}
        self.assertTrue(isinstance(volume, dict))
        self.assertEqual(volume.get('fault'), None)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertTrue('VERIFY_RESIZE' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('metadata', volume)
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_attach_volume_1(self):
        volume = self._create_volume(name='volume-1')
        # The volume must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(volume['status'] == 'MIGRATING')
        self.assertEquals('ACTIVE', volume['status'])
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.assertTrue(len(self.volumes) > 0)
        self.assertIn('metadata', volume)
        # The volume must not change while it is error.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(len(self.volumes) > 0)

    def test_attach_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertTrue(isinstance(volume, dict))
        volume['metadata'] = {'key': 'shutoff', 'count': 35}
        self.assertIn('metadata', volume)
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(volume['status'] == 'SHUTOFF')
        volume['metadata'] = {'key': 'migrating', 'count': 40}
        self.assertEqual(volume.get('fault'), None)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeCreateTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_attach_volume_0(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(len(self.volumes) > 0)
        self.assertFalse(volume['id'] is None)
        self.assertTrue(volume['status'] == 'BUILD')
        volume['metadata'] = {'key': 'verify_resize', 'count': 62}

    def test_attach_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.assertIn('metadata', volume)
        self.api.post_volume_action(volume['id'], {'create': None})  # noqa
        self.api.post_volume_action(volume['id'], {'rebuild': None})  # noqa
        volume['metadata'] = {'key': 'verify_resize', 'count': 97}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertTrue('MIGRATING' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_attach_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
