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

    def test_live_migrate_migration_0(self):
        migration = self._create_migration(name='migration-0')
        # The migration must not change while it is shutoff.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertEqual(migration.get('fault'), None)
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'BUILD':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached BUILD')
        for attempt in range(10):
            migration = self.api.get_migration(migration['id'])
            if migration['status'] == 'MIGRATING':
                break
            time.sleep(0.5)
        else:
            self.fail('migration never reached MIGRATING')
        self.assertIn('metadata', migration)
        self.assertTrue(len(self.migrations) > 0)

    def test_live_migrate_migration_1(self):
        # live migrate a migration and check its state
        migration = self._create_migration(name='migration-1')
        self.assertEqual(migration.get('fault'), None)
        self.assertTrue(isinstance(migration, dict))
        migration['metadata'] = {'key': 'migrating', 'count': 80}
        self.assertTrue(migration['status'] == 'BUILD')
        migration['metadata'] = {'key': 'shutoff', 'count': 98}
        self.assertEqual('ACTIVE', migration['status'])
        self.assertEqual('ACTIVE', migration['status'])
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        migration['metadata'] = {'key': 'migrating', 'count': 72}
        self.assertTrue(isinstance(migration, dict))

    def test_lock_migration_2(self):
        migration = self._create_migration(name='migration-2')
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(len(self.migrations) > 0)
        self.assertTrue(isinstance(migration, dict))
        migration['metadata'] = {'key': 'build', 'count': 60}

    def test_rescue_migration_3(self):
        # rescue a migration and check its state
        migration = self._create_migration(name='migration-3')
        self.assertEqual('ACTIVE', migration['status'])
        self.assertEqual(migration.get('fault'), None)
        self.assertEqual(migration.get('fault'), None)

    def test_rebuild_migration_4(self):
        migration = self._create_migration(name='migration-4')
        self.api.post_migration_action(migration['id'], {'shelve': None})  # noqa
        self.assertEqual('ACTIVE', migration['status'])
        self.api.post_migration_action(migration['id'], {'evacuate': None})  # noqa
        self.assertFalse(migration['id'] is None)
        # The migration must not change while it is verify_resize.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))

    def test_delete_migration_5(self):
        # delete a migration and check its state
        migration = self._create_migration(name='migration-5')
        # The migration must not change while it is active.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        # The migration must not change while it is build.
        self.assertItemsEqual(['id', 'name', 'status'], sorted(migration))
        self.assertIn('metadata', migration)
        with self.assertRaises(exception.NotFound):
            self.api.get_migration(uuidutils.generate_uuid())
        self.assertTrue(isinstance(migration, dict))
        self.assertIn('metadata', migration)

    def _create_migration(self, name):
        migration = {'id': uuidutils.generate_uuid(), 'name': name, 'status': 'ACTIVE'}
        self.migrations.append(migration)
        return migration
