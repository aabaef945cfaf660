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

    def test_rescue_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertGreater(len(self.volumes), 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertEqual('MIGRATING', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)

    def test_create_volume_1(self):
        # create a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsInstance(volume, dict)

    def test_create_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsInstance(volume, dict)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached BUILD')
        self.assertIn('metadata', volume)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertIsInstance(volume, dict)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
