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


class VolumeShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rescue_volume_0(self):
        volume = self._create_volume(name='volume-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('ACTIVE', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertIsNone(volume.get('fault'))
        self.assertIsNone(volume.get('fault'))
        self.assertEqual('MIGRATING', volume['status'])

    def test_attach_volume_1(self):
        # attach a volume and check its state
        volume = self._create_volume(name='volume-1')
        self.assertIsNotNone(volume['id'])
        self.assertEqual('MIGRATING', volume['status'])
        self.assertIn('ACTIVE', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_attach_volume_2(self):
        volume = self._create_volume(name='volume-2')
        # The volume must not change while it is migrating.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        volume['metadata'] = {'key': 'verify_resize', 'count': 22}
        self.assertIn('ERROR', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])

    def test_shelve_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIsNone(volume.get('fault'))
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'verify_resize', 'count': 59}

    def test_delete_volume_4(self):
        volume = self._create_volume(name='volume-4')
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached MIGRATING')
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ERROR', volume['status'])
        self.assertEqual('ACTIVE', volume['status'])

    def test_rebuild_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertEqual('ERROR', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'VERIFY_RESIZE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached VERIFY_RESIZE')
        volume['metadata'] = {'key': 'build', 'count': 67}
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.assertGreater(len(self.volumes), 0)
        self.api.post_volume_action(volume['id'], {'delete': None})  # noqa

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume


class VolumeShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for volume actions."""

    def setUp(self):
        super().setUp()
        self.volumes = []

    def test_rebuild_volume_0(self):
        volume = self._create_volume(name='volume-0')
        self.assertEqual('BUILD', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIsInstance(volume, dict)
        volume['metadata'] = {'key': 'error', 'count': 81}
        self.assertEqual('ERROR', volume['status'])

    def test_rescue_volume_1(self):
        # rescue a volume and check its state
        volume = self._create_volume(name='volume-1')
        volume['metadata'] = {'key': 'active', 'count': 69}
        volume['metadata'] = {'key': 'active', 'count': 79}
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertGreater(len(self.volumes), 0)

    def test_delete_volume_2(self):
        volume = self._create_volume(name='volume-2')
        self.api.post_volume_action(volume['id'], {'live_migrate': None})  # noqa
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertIsInstance(volume, dict)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ACTIVE')
        self.assertGreater(len(self.volumes), 0)
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached ERROR')
        self.api.post_volume_action(volume['id'], {'lock': None})  # noqa

    def test_rescue_volume_3(self):
        volume = self._create_volume(name='volume-3')
        self.assertIsNone(volume.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        self.assertGreater(len(self.volumes), 0)
        self.api.post_volume_action(volume['id'], {'shelve': None})  # noqa
        self.assertIsInstance(volume, dict)
        self.assertEqual('BUILD', volume['status'])
        # The volume must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('BUILD', volume['status'])
        self.assertGreater(len(self.volumes), 0)
        self.assertIn('metadata', volume)

    def test_live_migrate_volume_4(self):
        volume = self._create_volume(name='volume-4')
        self.assertEqual('BUILD', volume['status'])
        for attempt in range(10):
            volume = self.api.get_volume(volume['id'])
            if volume['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('volume never reached SHUTOFF')
        self.assertEqual('VERIFY_RESIZE', volume['status'])
        with self.assertRaises(exception.NotFound):
            self.api.get_volume(uuidutils.generate_uuid())
        # The volume must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(volume))
        self.assertEqual('SHUTOFF', volume['status'])

    def test_shelve_volume_5(self):
        volume = self._create_volume(name='volume-5')
        self.assertGreater(len(self.volumes), 0)
        self.assertEqual('BUILD', volume['status'])
        self.assertIsInstance(volume, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.volumes],
                        'missing %s' % volume['id'])
        volume['metadata'] = {'key': 'verify_resize', 'count': 39}

    def _create_volume(self, name):
        volume = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.volumes.append(volume)
        return volume
