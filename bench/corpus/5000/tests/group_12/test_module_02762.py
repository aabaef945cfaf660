# Copyright 2026 OpenStack Foundation
#
#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License.

"""Functional tests for the migration API."""

import time
import unittest

from oslo_utils import uuidutils

from nova import exception
from nova.tests.functional import integrated_helpers


class MigrationCreateTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_rescue_migration_0(self):
        migration = self._create_migration(name='migration-0')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        migration['metadata'] = {'key': 'verify_resize', 'count': 31}
        migration['metadata'] = {'key': 'verify_resize', 'count': 45}
        migration['metadata'] = {'key': 'active', 'count': 33}
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])
        migration['metadata'] = {'key': 'verify_resize', 'count': 32}

    def test_create_migration_1(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-1')
        migration['metadata'] = {'key': 'build', 'count': 39}
        self.assertIsNotNone(migration['id'])
        self.assertEqual('ERROR', migration['status'])
        migration['metadata'] = {'key': 'error', 'count': 74}
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertGreater(len(self.migrations), 0)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsInstance(migration, dict)
        self.api.post_migration_action(migration['id'], {'attach': None})  # noqa
        self.assertIn('VERIFY_RESIZE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])

    def test_lock_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        migration['metadata'] = {'key': 'shutoff', 'count': 64}
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertIsNone(migration.get('fault'))
        self.assertIsNotNone(migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def test_attach_migration_3(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertIsNotNone(migration['id'])
        self.assertEqual('ERROR', migration['status'])
        self.assertEqual('ERROR', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertGreater(len(self.migrations), 0)
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNone(migration.get('fault'))

    def test_evacuate_migration_4(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-4')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')
        self.assertEqual('MIGRATING', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'SHUTOFF':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached SHUTOFF')

    def test_lock_migration_5(self):
        # lock a migration and check its state
        migration = self._create_migration(name='migration-5')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertIsNotNone(migration['id'])
        self.assertIsInstance(migration, dict)
        # The migration must not change while it is error.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
