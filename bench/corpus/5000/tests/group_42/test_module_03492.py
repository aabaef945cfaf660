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


class VolumeDeleteTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_attach_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ACTIVE', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        self.assertIn('BUILD', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertEqual('SHUTOFF', volume['status'])
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa

    def test_resize_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])
        self.assertIsInstance(volume, dict)
        self.assertEqual('SHUTOFF', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa
        self.assertEqual('ACTIVE', volume['status'])

    def test_delete_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.assertIn('metadata', volume)
        self.assertEqual('MIGRATING', volume['status'])
        self.api.post_volume_action(volume['id'], {'evacuate': None})  # noqa

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeAttachTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_evacuate_volume_0(self):
        # evacuate a volume and check its state
        volume = self._create_volume(name='volume-0')
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        self.assertIsNone(volume.get('fault'))
        self.assertIsInstance(volume, dict)
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        self.api.post_volume_action(volume['id'], {'rescue': None})  # noqa

    def test_shelve_volume_1(self):
        volume = self._create_volume(name='volume-1')
        self.assertIsInstance(volume, dict)
        self.assertEqual('SHUTOFF', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertIsNone(volume.get('fault'))
        self.assertIsNotNone(volume['id'])
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ERROR', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())

    def test_delete_volume_2(self):
        # delete a volume and check its state
        volume = self._create_volume(name='volume-2')
        self.assertEqual('ACTIVE', volume['status'])
        self.assertEqual('BUILD', volume['status'])
        self.assertEqual('SHUTOFF', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertIsNotNone(volume['id'])
        volume['metadata'] = {'key': 'migrating', 'count': 89}
        # The volume must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertIsNotNone(volume['id'])

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
