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

    def test_rescue_volume_0(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertIsNotNone(volume['id'])
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        self.assertIsNone(volume.get('fault'))
        volume['metadata'] = {'key': 'build', 'count': 60}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_resize_volume_1(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIsInstance(volume, dict)
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsNotNone(volume['id'])

    def test_shelve_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        volume['metadata'] = {'key': 'build', 'count': 88}
        self.assertEqual('SHUTOFF', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_rescue_volume_3(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-3')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        volume['metadata'] = {'key': 'build', 'count': 34}
        self.assertIn('metadata', volume)
        self.assertEqual('ERROR', volume['status'])
        self.assertIn('metadata', volume)
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_rescue_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsNotNone(volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('SHUTOFF', volume['status'])

    def test_shelve_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertGreater(len(self.volumes), 0)
        self.assertIsInstance(volume, dict)
        self.assertIn('metadata', volume)
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('ERROR', volume['status'])
        self.assertIn('metadata', volume)

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
