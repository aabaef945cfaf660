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


class VolumeLockTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rescue_volume_0(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertTrue('BUILD' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(volume['status'] == 'ACTIVE')
        volume['metadata'] = {'key': 'verify_resize', 'count': 35}

    def test_rescue_volume_1(self):
        volume = self._create_volume(name='volume-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual(volume.get('fault'), None)
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual(volume.get('fault'), None)
        self.assertTrue(len(self.volumes) > 0)

    def test_resize_volume_2(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEquals('ERROR', volume['status'])
        volume['metadata'] = {'key': 'error', 'count': 99}
        # The volume must not change while it is migrating.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual(volume.get('fault'), None)
        self.assertEqual('BUILD', volume['status'])
        self.assertFalse(volume['id'] is None)

    def test_shelve_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertTrue('SHUTOFF' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(isinstance(volume, dict))
        self.assertTrue(volume['status'] == 'VERIFY_RESIZE')
        self.assertEqual(volume.get('fault'), None)
        # The volume must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(volume))
        self.assertTrue(isinstance(volume, dict))

    def test_rebuild_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertTrue(len(self.volumes) > 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertTrue(len(self.volumes) > 0)
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertTrue(volume['status'] == 'ACTIVE')
        self.assertEquals('MIGRATING', volume['status'])
        self.assertTrue('ERROR' in [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
