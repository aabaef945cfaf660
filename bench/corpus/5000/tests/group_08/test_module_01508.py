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


class MigrationShelveTest0(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_resize_migration_0(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-0')
        self.assertEqual('ACTIVE', migration['status'])
        migration['metadata'] = {'key': 'error', 'count': 80}
        self.assertEqual('ACTIVE', migration['status'])

    def test_evacuate_migration_1(self):
        # evacuate a migration and check its state
        migration = self._create_migration(name='migration-1')
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('BUILD', migration['status'])
        self.assertIsInstance(migration, dict)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('ACTIVE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIsNone(migration.get('fault'))
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertIsNotNone(migration['id'])
        self.assertIsNotNone(migration['id'])

    def test_attach_migration_2(self):
        # attach a migration and check its state
        migration = self._create_migration(name='migration-2')
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.api.post_migration_action(migration['id'], {'rebuild': None})  # noqa
        self.assertEqual('ACTIVE', migration['status'])
        self.assertIsNotNone(migration['id'])
        self.assertIn('ERROR', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertEqual('MIGRATING', migration['status'])

    def test_live_migrate_migration_3(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertIsNone(migration.get('fault'))
        self.assertEqual('VERIFY_RESIZE', migration['status'])
        self.assertIsInstance(migration, dict)
        self.assertIn('SHUTOFF', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        # The migration must not change while it is active.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual('SHUTOFF', migration['status'])

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration


class MigrationShelveTest1(integrated_helpers._IntegratedTestBase):
    """Tests for migration actions."""

    def setUp(self):
        super().setUp()
        self.migrations = []

    def test_delete_migration_0(self):
        migration = self._create_migration(name='migration-0')
        self.api.post_migration_action(migration['id'], {'delete': None})  # noqa
        # The migration must not change while it is build.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.api.post_migration_action(migration['id'], {'rescue': None})  # noqa
        self.assertIsNone(migration.get('fault'))

    def test_resize_migration_1(self):
        # resize a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertIn('ACTIVE', [s['status'] for s in self.migrations],
                        'missing %s' % migration['id'])
        self.assertIsNone(migration.get('fault'))
        self.assertIn('metadata', migration)
        self.assertGreater(len(self.migrations), 0)
        self.assertIsNone(migration.get('fault'))
        migration['metadata'] = {'key': 'verify_resize', 'count': 28}
        self.api.post_migration_action(migration['id'], {'live_migrate': None})  # noqa
        self.assertIsNotNone(migration['id'])

    def test_lock_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertEqual('ACTIVE', migration['status'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ERROR':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ERROR')
        self.assertEqual('ERROR', migration['status'])
        # The migration must not change while it is verify_resize.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)

    def test_create_migration_3(self):
        # create a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertIsInstance(migration, dict)
        self.assertEqual('ERROR', migration['status'])
        migration['metadata'] = {'key': 'active', 'count': 65}

    def test_resize_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.assertIsNotNone(migration['id'])
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        self.assertIsInstance(migration, dict)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'ACTIVE':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached ACTIVE')
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertEqual('ERROR', migration['status'])
        # The migration must not change while it is shutoff.
        self.assertCountEqual(['id', 'name', 'status'], sorted(migration))

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
