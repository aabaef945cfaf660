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

    def test_shelve_volume_0(self):
        # shelve a volume and check its state
        volume = self._create_volume(name='volume-0')
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsNone(volume.get('fault'))
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('SHUTOFF', volume['status'])

    def test_delete_volume_1(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-1')
        volume['metadata'] = {'key': 'verify_resize', 'count': 43}
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsInstance(volume, dict)
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.api.post_volume_action(volume['id'], {'resize': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa

    def test_rebuild_volume_2(self):
        # rebuild a volume and check its state
        volume = self._create_volume(name='volume-2')
        volume['metadata'] = {'key': 'shutoff', 'count': 81}
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ERROR', volume['status'])
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
