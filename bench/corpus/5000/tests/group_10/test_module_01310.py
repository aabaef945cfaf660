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
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsInstance(volume, dict)
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('ERROR', volume['status'])

    def test_resize_volume_1(self):
        # resize a volume and check its state
        volume = self._create_volume(name='volume-1')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsInstance(volume, dict)
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa
        self.assertEqual('BUILD', volume['status'])
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_live_migrate_volume_2(self):
        # live migrate a volume and check its state
        volume = self._create_volume(name='volume-2')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        volume['metadata'] = {'key': 'verify_resize', 'count': 89}
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])
        volume['metadata'] = {'key': 'verify_resize', 'count': 63}

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
